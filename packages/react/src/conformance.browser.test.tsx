// Conformance in real Chromium: every component's focus ring is the shared one (internal/primitives.css), drawn
// from the tokens in every theme, and every component passes axe. The jsdom half is conformance.test.tsx.
import "@movekit/tokens/themes/dark.css";
import "@movekit/tokens/themes/high-contrast.css";
import "@movekit/tokens/themes/midnight.css";
import { clamshell, clamshellDemo } from "@movekit/content";
import { gluteBridge, ladderExercises } from "@movekit/fixtures/exercises";
import { fixtureExercises, programmeFixture, threeBandRule } from "@movekit/fixtures/programmes";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { CueList } from "./cue-list";
import { EvidenceList } from "./evidence-list";
import { ExerciseCard } from "./exercise-card";
import { ExerciseLibrary } from "./exercise-library";
import { ExerciseVideo } from "./exercise-video";
import { axeViolations } from "./internal/testing/browser";
import { MovementDemo } from "./movement-demo";
import { PainCheck } from "./pain-check";
import { ProgrammeView } from "./programme-view";
import { ProgressionLadder } from "./progression-ladder";
import { RedFlagNotices } from "./red-flag-notices";
import { SafetyNotice } from "./safety-notice";
import { SessionPlayer } from "./session-player";
import { preloadSessionPlayer } from "./session-player/lazy-parts";
import { fakeClock } from "./session-player/testing/fake-clock";

// The player loads its later parts after first paint; loaded up front here, tests see them at once.
beforeAll(() => preloadSessionPlayer());

interface FocusCase {
  name: string;
  /** The component folder, so the suite can tell when a folder is missing. */
  folder: string;
  element: () => ReactElement;
  /** Where the ring is drawn when it is not on the focused element itself (a card drawn around its link). */
  ringOn?: (focused: HTMLElement) => Element;
}

const focusCases: FocusCase[] = [
  { name: "CueList", folder: "cue-list", element: () => <CueList cues={gluteBridge.cues} onCueSelect={() => {}} /> },
  {
    name: "EvidenceList",
    folder: "evidence-list",
    element: () => <EvidenceList evidence={gluteBridge.evidence} provenance={gluteBridge.provenance} />,
  },
  {
    name: "ExerciseCard",
    folder: "exercise-card",
    element: () => <ExerciseCard exercise={gluteBridge} href="#glute-bridge" />,
    ringOn: (focused) => focused.closest("article") as Element,
  },
  { name: "ExerciseLibrary", folder: "exercise-library", element: () => <ExerciseLibrary exercises={[gluteBridge]} /> },
  { name: "ExerciseVideo", folder: "exercise-video", element: () => <ExerciseVideo exercise={clamshell} /> },
  { name: "MovementDemo", folder: "movement-demo", element: () => <MovementDemo demo={clamshellDemo} /> },
  { name: "PainCheck", folder: "pain-check", element: () => <PainCheck rule={threeBandRule} /> },
  {
    name: "ProgrammeView",
    folder: "programme-view",
    element: () => <ProgrammeView programme={programmeFixture} exercises={fixtureExercises} />,
  },
  {
    name: "ProgressionLadder",
    folder: "progression-ladder",
    element: () => <ProgressionLadder exercise={gluteBridge} exercises={ladderExercises} getHref={(e) => `#${e.id}`} />,
  },
  {
    name: "RedFlagNotices (call link)",
    folder: "red-flag-notices",
    element: () => <RedFlagNotices redFlags={gluteBridge.redFlags} />,
  },
  { name: "SafetyNotice (call link)", folder: "safety-notice", element: () => <SafetyNotice severity="emergency" /> },
  {
    name: "SessionPlayer",
    folder: "session-player",
    element: () => (
      <SessionPlayer items={[{ exerciseId: "glute-bridge" }]} exercises={fixtureExercises} clock={fakeClock()} />
    ),
  },
];

/** Folders with nothing a keyboard can reach in their default render, each with the reason. */
const noFocusableControl: Record<string, string> = {
  "contraindication-list": "text only",
  "dosage-summary": "text only",
  "error-boundary": "renders its children or a fallback; no control of its own",
  "exercise-detail": "its controls are the video, library and ladder parts, covered above",
  "movekit-provider": "a context, no control of its own",
  "progress-view": "a table and chart; it scrolls only when wider than the page",
  "return-to-run-plan": "a table and chart; no control",
};

/** The default light theme (no attribute) and three themes that swap the ring's colours or width. */
const themes = [
  { label: "default", theme: undefined },
  { label: "dark", theme: "dark" },
  { label: "high-contrast", theme: "high-contrast" },
  { label: "midnight", theme: "midnight" },
] as const;

/** A token's computed value in the scope of `scope`, as Chromium resolves it (colours become rgb()). */
function resolved(scope: Element, property: "color" | "width", token: string): string {
  const probe = document.createElement("span");
  probe.style.setProperty(property === "color" ? "color" : "inline-size", `var(${token})`);
  probe.style.display = "block";
  scope.append(probe);
  const style = getComputedStyle(probe);
  const value = property === "color" ? style.color : style.width;
  probe.remove();
  return value;
}

describe.each(themes)("focus ring in the $label theme", ({ theme }) => {
  it.each(focusCases)("$name: the focused control's ring is --mk-focus-width in --mk-color-focus-ring", async (c) => {
    const { container, unmount } = render(
      <div data-mk-theme={theme} data-testid="scope">
        {c.element()}
      </div>,
    );
    const scope = container.firstElementChild as HTMLElement;
    await userEvent.tab();
    const focused = document.activeElement as HTMLElement;
    expect(scope.contains(focused), `${c.name}: Tab reached nothing inside the component`).toBe(true);
    const ring = getComputedStyle(c.ringOn?.(focused) ?? focused);
    expect(ring.outlineStyle).toBe("solid");
    expect(ring.outlineWidth).toBe(resolved(scope, "width", "--mk-focus-width"));
    expect(ring.outlineColor).toBe(resolved(scope, "color", "--mk-color-focus-ring"));
    expect(ring.outlineOffset).toBe(resolved(scope, "width", "--mk-focus-offset"));
    // The gap between control and ring is filled in --mk-color-focus, so the ring shows on any background.
    expect(ring.boxShadow).toContain(resolved(scope, "color", "--mk-color-focus"));
    unmount();
  });
});

/** Every native radio and checkbox inside `root`, with the row (its label, or the row holding it) around it. */
function choices(root: Element): Array<{ input: HTMLInputElement; row: Element }> {
  return [...root.querySelectorAll<HTMLInputElement>("input[type=radio], input[type=checkbox]")].map((input) => ({
    input,
    row: input.closest("label, [data-slot='exercise-library-option']") as Element,
  }));
}

describe("native radios and checkboxes", () => {
  const painCheck = () => (
    <PainCheck rule={threeBandRule} measures={["during", "nextMorning"]} redFlags={gluteBridge.redFlags} />
  );

  it.each([
    { name: "PainCheck", element: painCheck },
    { name: "ExerciseLibrary filters", element: () => <ExerciseLibrary exercises={[gluteBridge]} /> },
  ])("$name: each control is at least 24 px in rows at least 44 px high", async ({ element }) => {
    const { container } = render(element());
    // Open every filter group so its boxes have a size.
    for (const summary of container.querySelectorAll("summary")) await userEvent.click(summary);
    const found = choices(container);
    expect(found.length).toBeGreaterThan(1);
    for (const { input, row } of found) {
      const box = input.getBoundingClientRect();
      expect(box.width, input.outerHTML).toBeGreaterThanOrEqual(24);
      expect(box.height, input.outerHTML).toBeGreaterThanOrEqual(24);
      expect(row.getBoundingClientRect().height, row.outerHTML).toBeGreaterThanOrEqual(44);
    }
  });

  it.each(themes)(
    "PainCheck in the $label theme: a radio reached by keyboard shows the token ring",
    async ({ theme }) => {
      const { container } = render(<div data-mk-theme={theme}>{painCheck()}</div>);
      const scope = container.firstElementChild as HTMLElement;
      const radio = scope.querySelector<HTMLInputElement>("input[type=radio]") as HTMLInputElement;
      // Focus the control before the radio group, then Tab into it, so the focus is a keyboard one.
      const sliders = scope.querySelectorAll<HTMLElement>("input[type=range]");
      (sliders[sliders.length - 1] as HTMLElement).focus();
      await userEvent.tab();
      expect(radio).toHaveFocus();
      const ring = getComputedStyle(radio);
      expect(ring.outlineStyle).toBe("solid");
      expect(ring.outlineWidth).toBe(resolved(scope, "width", "--mk-focus-width"));
      expect(ring.outlineColor).toBe(resolved(scope, "color", "--mk-color-focus-ring"));
    },
  );

  it("the library's filter groups show a chevron that turns when a group opens", async () => {
    const { container } = render(<ExerciseLibrary exercises={[gluteBridge]} />);
    const summary = container.querySelector("summary") as HTMLElement;
    const closed = getComputedStyle(summary, "::after");
    expect(closed.content).toBe('""');
    expect(closed.borderInlineEndStyle).toBe("solid");
    const closedTransform = closed.transform;
    await userEvent.click(summary);
    expect(summary.parentElement).toHaveAttribute("open");
    // The turn may be a short transition: wait for where it ends, not for a time.
    await expect.poll(() => getComputedStyle(summary, "::after").transform).not.toBe(closedTransform);
  });
});

describe("axe over every focus case", () => {
  it.each(focusCases)("$name passes axe (WCAG 2.2 AA, target size included)", async (c) => {
    const { container } = render(<main>{c.element()}</main>);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe("the browser conformance suite", () => {
  it("covers every component folder, or says why it has no focusable control", () => {
    // Every component folder has an index.ts entry (the package's subpath exports); Vite lists them here.
    const entries = Object.keys(import.meta.glob("./*/index.ts"));
    const folders = entries.map((path) => path.split("/")[1] as string).filter((name) => !name.startsWith("internal"));
    expect(folders.length).toBeGreaterThan(10);
    const covered = new Set([...focusCases.map((c) => c.folder), ...Object.keys(noFocusableControl)]);
    expect(folders.filter((folder) => !covered.has(folder))).toEqual([]);
  });
});
