// What a screen-reader user hears from a live region: its text after each change, in order. Works in jsdom and
// in Chromium (MutationObserver records are delivered as microtasks, so read them after an awaited step).

/** Starts listening to the live region with `data-slot={slot}`; `heard()` lists each text it changed to. */
export function listenTo(slot: string): { region: HTMLElement; heard: () => string[]; stop: () => void } {
  const region = document.querySelector<HTMLElement>(`[data-slot="${slot}"]`);
  if (!region) throw new Error(`No live region [data-slot="${slot}"] in the page`);
  const texts: string[] = [];
  let last = region.textContent ?? "";
  const observer = new MutationObserver(() => {
    const text = region.textContent ?? "";
    // One change of text is one announcement, however many DOM mutations React used to make it.
    if (text !== last) texts.push(text);
    last = text;
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return {
    region,
    heard: () => {
      // Deliver pending records first, so the list is current.
      const pending = observer.takeRecords();
      if (pending.length > 0) {
        const text = region.textContent ?? "";
        if (text !== last) texts.push(text);
        last = text;
      }
      return [...texts];
    },
    stop: () => observer.disconnect(),
  };
}
