// A host picks a component's heading level to fit its page's outline (`headingLevel`). The level must not change
// how a heading looks: the browser's own sizes shrink h5 and h6 below body text, so every visible heading takes
// its size and weight from the kit's type scale, whatever its level.
import { clamshell } from "@movekit/content";
import { gluteBridge } from "@movekit/fixtures/exercises";
import { fixtureExercises, programmeFixture, runningPlanFixture, threeBandRule } from "@movekit/fixtures/programmes";
import { progressProgramme, progressRecords, progressStart } from "@movekit/fixtures/progress";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ContraindicationList } from "./contraindication-list";
import { CueList } from "./cue-list";
import { ExerciseCard } from "./exercise-card";
import { ExerciseDetail } from "./exercise-detail";
import { ExerciseVideo } from "./exercise-video";
import type { HeadingLevel } from "./internal/heading";
import { PainCheck } from "./pain-check";
import { ProgrammeView } from "./programme-view";
import { ProgressView } from "./progress-view";
import { RedFlagNotices } from "./red-flag-notices";
import { ReturnToRunPlan } from "./return-to-run-plan";
import { SafetyNotice } from "./safety-notice";
import { SessionPlayer } from "./session-player";
import { preloadSessionPlayer } from "./session-player/lazy-parts";
import { fakeClock } from "./session-player/testing/fake-clock";

beforeAll(() => preloadSessionPlayer());

const records = progressRecords(12);

const cases: { name: string; element: (level: HeadingLevel) => ReactElement }[] = [
  {
    name: "ContraindicationList",
    element: (l) => <ContraindicationList contraindications={gluteBridge.contraindications} headingLevel={l} />,
  },
  { name: "CueList", element: (l) => <CueList cues={clamshell.cues} groupBy="role" headingLevel={l} /> },
  { name: "ExerciseCard", element: (l) => <ExerciseCard exercise={gluteBridge} href="#x" headingLevel={l} /> },
  { name: "ExerciseDetail", element: (l) => <ExerciseDetail exercise={gluteBridge} headingLevel={l} /> },
  { name: "ExerciseVideo", element: (l) => <ExerciseVideo exercise={clamshell} showTranscript headingLevel={l} /> },
  { name: "PainCheck", element: (l) => <PainCheck rule={threeBandRule} headingLevel={l} /> },
  {
    name: "ProgrammeView",
    element: (l) => <ProgrammeView programme={programmeFixture} exercises={fixtureExercises} headingLevel={l} />,
  },
  {
    name: "ProgressView",
    element: (l) => (
      <ProgressView programme={progressProgramme} startDate={progressStart} {...records} headingLevel={l} />
    ),
  },
  { name: "RedFlagNotices", element: (l) => <RedFlagNotices redFlags={gluteBridge.redFlags} headingLevel={l} /> },
  { name: "ReturnToRunPlan", element: (l) => <ReturnToRunPlan plan={runningPlanFixture} headingLevel={l} /> },
  { name: "SafetyNotice", element: (l) => <SafetyNotice severity="urgent" headingLevel={l} /> },
  {
    name: "SessionPlayer",
    element: (l) => (
      <SessionPlayer
        items={[{ exerciseId: "glute-bridge" }]}
        exercises={fixtureExercises}
        clock={fakeClock()}
        headingLevel={l}
      />
    ),
  },
];

/**
 * Each visible heading's text, size, weight and margins, in document order, once the component has painted every
 * part (visually hidden headings are never seen: EvidenceList has only one, so it is not listed above).
 */
async function headingLooks(container: HTMLElement) {
  await vi.waitFor(() => expect(container.querySelector("[data-pending]")).toBeNull());
  return [...container.querySelectorAll<HTMLElement>("h1, h2, h3, h4, h5, h6")]
    .filter((heading) => heading.checkVisibility() && heading.getBoundingClientRect().width > 1)
    .map((heading) => {
      const style = getComputedStyle(heading);
      return {
        text: heading.textContent,
        size: Number.parseFloat(style.fontSize),
        weight: style.fontWeight,
        margins: `${style.marginBlockStart} ${style.marginBlockEnd}`,
      };
    });
}

describe("heading sizes in Chromium", () => {
  it.each(cases)("$name: a heading looks the same at any level, and never smaller than body text", async (c) => {
    const high = render(c.element(2));
    const atTwo = await headingLooks(high.container);
    const body = Number.parseFloat(getComputedStyle(high.container.firstElementChild as Element).fontSize);
    high.unmount();
    const low = render(c.element(5));
    const atFive = await headingLooks(low.container);
    low.unmount();
    expect(atTwo.length, `${c.name} shows no heading`).toBeGreaterThan(0);
    expect(atFive).toEqual(atTwo);
    for (const heading of atTwo) expect(heading.size, heading.text ?? "").toBeGreaterThanOrEqual(body);
  });
});
