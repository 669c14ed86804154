// @vitest-environment jsdom
import { act, render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Announcer, useAnnouncer } from "./announcer";
import { listenTo } from "./testing/announcements";

let say: (text: string) => void = () => {};
function Speaker() {
  const [message, announce] = useAnnouncer();
  say = announce;
  return <Announcer message={message} slot="test-announcer" />;
}

describe("Announcer", () => {
  it("is one polite, visually hidden status region that is in the page before anything is said", () => {
    render(<Speaker />);
    const region = document.querySelector("[data-slot='test-announcer']");
    expect(region).toHaveAttribute("role", "status");
    expect(region).toHaveAttribute("aria-live", "polite");
    expect(region).toHaveClass("mk-live-region");
    expect(region).toBeEmptyDOMElement();
  });

  it("says each change once, never repeats the same words and ignores empty text", async () => {
    render(<Speaker />);
    const listener = listenTo("test-announcer");
    for (const text of ["Pain 3 of 10", "Pain 3 of 10", "", "Pain 6 of 10"]) {
      await act(async () => say(text));
    }
    expect(listener.heard()).toEqual(["Pain 3 of 10", "Pain 6 of 10"]);
    listener.stop();
  });
});
