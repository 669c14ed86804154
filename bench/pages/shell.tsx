// A host app's shell (a header, a nav, today's date), rendered and painted before anything is measured.
// An app has always rendered something before it shows a library or a programme, so by then React's own code
// is compiled and the browser's Intl data is loaded (the first Intl object on a page costs ~20–30 ms here,
// whichever kind it is). Without the shell the first measured render would also pay those one-off start-up
// costs, whatever it rendered. Both variants of every page get the same shell; its own time is reported.
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { nextPaint } from "./measure";

const LINKS = ["Home", "Exercises", "Programmes", "Sessions", "Messages", "Account"];

function Shell() {
  return (
    <header className="bench-shell">
      <strong>Clinic portal</strong>
      <nav aria-label="Main">
        <ul>
          {LINKS.map((link) => (
            <li key={link}>
              <a href={`#${link.toLowerCase()}`}>{link}</a>
            </li>
          ))}
        </ul>
      </nav>
      <p>Today is {new Intl.DateTimeFormat("en-GB", { dateStyle: "full" }).format(Date.UTC(2026, 1, 17))}.</p>
    </header>
  );
}

/** Renders the shell above `host`, waits until it is painted and returns how long that took (ms). */
export async function renderShell(host: HTMLElement): Promise<number> {
  const element = document.createElement("div");
  host.before(element);
  const start = performance.now();
  flushSync(() => createRoot(element).render(<Shell />));
  return (await nextPaint()) - start;
}
