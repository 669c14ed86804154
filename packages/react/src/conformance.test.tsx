import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { clamshell, clamshellDemo } from "@movekit/content";
import { gluteBridge } from "@movekit/fixtures/exercises";
import { fixtureExercises, programmeFixture, runningPlanFixture, threeBandRule } from "@movekit/fixtures/programmes";
import { progressProgramme, progressRecords, progressStart } from "@movekit/fixtures/progress";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { ContraindicationList } from "./contraindication-list";
import { CueList } from "./cue-list";
import { DosageSummary } from "./dosage-summary";
import { EvidenceList } from "./evidence-list";
import { ExerciseCard } from "./exercise-card";
import { ExerciseDetail } from "./exercise-detail";
import { ExerciseLibrary } from "./exercise-library";
import { ExerciseVideo } from "./exercise-video";
import { MovekitProvider } from "./movekit-provider";
import { MovementDemo } from "./movement-demo";
import { PainCheck } from "./pain-check";
import { ProgrammeView } from "./programme-view";
import { ProgressView } from "./progress-view";
import { ProgressionLadder } from "./progression-ladder";
import { RedFlagNotices } from "./red-flag-notices";
import { ReturnToRunPlan } from "./return-to-run-plan";
import { SafetyNotice } from "./safety-notice";
import { SessionPlayer } from "./session-player";
import { preloadSessionPlayer } from "./session-player/lazy-parts";
import { fakeClock } from "./session-player/testing/fake-clock";

// The player loads its later parts after first paint; loaded up front here, tests see them at once.
beforeAll(() => preloadSessionPlayer());

/** What every component promises a host: its root takes the ref, class, id and any other prop the host passes. */
interface HostProps {
  /** A callback ref, which fits every element type a component's root may have. */
  ref: (node: Element | null) => void;
  className: string;
  id: string;
  "data-testid": string;
}

interface Case {
  /** The component folder (its `@movekit/react/<folder>` entry). */
  folder: string;
  name: string;
  slot: string;
  element: (host: HostProps) => ReactElement;
}

const cases: Case[] = [
  {
    folder: "contraindication-list",
    name: "ContraindicationList",
    slot: "contraindication-list",
    element: (host) => <ContraindicationList {...host} contraindications={gluteBridge.contraindications} />,
  },
  {
    folder: "cue-list",
    name: "CueList",
    slot: "cue-list",
    element: (host) => <CueList {...host} cues={gluteBridge.cues} />,
  },
  {
    folder: "dosage-summary",
    name: "DosageSummary",
    slot: "dosage-summary",
    element: (host) => <DosageSummary {...host} dosage={{ sets: 3, reps: 10 }} />,
  },
  {
    folder: "evidence-list",
    name: "EvidenceList",
    slot: "evidence-list",
    element: (host) => <EvidenceList {...host} evidence={gluteBridge.evidence} />,
  },
  {
    folder: "exercise-card",
    name: "ExerciseCard",
    slot: "exercise-card",
    element: (host) => <ExerciseCard {...host} exercise={gluteBridge} />,
  },
  {
    folder: "exercise-detail",
    name: "ExerciseDetail",
    slot: "exercise-detail",
    element: (host) => <ExerciseDetail {...host} exercise={gluteBridge} />,
  },
  {
    folder: "exercise-library",
    name: "ExerciseLibrary",
    slot: "exercise-library",
    element: (host) => <ExerciseLibrary {...host} exercises={[gluteBridge]} />,
  },
  {
    folder: "exercise-video",
    name: "ExerciseVideo",
    slot: "exercise-video",
    element: (host) => <ExerciseVideo {...host} exercise={clamshell} />,
  },
  {
    folder: "movekit-provider",
    name: "MovekitProvider",
    slot: "movekit-provider",
    element: (host) => (
      <MovekitProvider {...host}>
        <p>Content</p>
      </MovekitProvider>
    ),
  },
  {
    folder: "movement-demo",
    name: "MovementDemo",
    slot: "movement-demo",
    element: (host) => <MovementDemo {...host} demo={clamshellDemo} />,
  },
  {
    folder: "pain-check",
    name: "PainCheck",
    slot: "pain-check",
    element: (host) => <PainCheck {...host} rule={threeBandRule} />,
  },
  {
    folder: "programme-view",
    name: "ProgrammeView",
    slot: "programme-view",
    element: (host) => <ProgrammeView {...host} programme={programmeFixture} exercises={fixtureExercises} />,
  },
  {
    folder: "session-player",
    name: "SessionPlayer",
    slot: "session-player",
    element: (host) => (
      <SessionPlayer
        {...host}
        items={[{ exerciseId: "glute-bridge" }]}
        exercises={fixtureExercises}
        clock={fakeClock()}
      />
    ),
  },
  {
    folder: "progress-view",
    name: "ProgressView",
    slot: "progress-view",
    element: (host) => (
      <ProgressView {...host} programme={progressProgramme} startDate={progressStart} {...progressRecords(1)} />
    ),
  },
  {
    folder: "progression-ladder",
    name: "ProgressionLadder",
    slot: "progression-ladder",
    element: (host) => <ProgressionLadder {...host} exercise={gluteBridge} />,
  },
  {
    folder: "return-to-run-plan",
    name: "ReturnToRunPlan",
    slot: "return-to-run-plan",
    element: (host) => <ReturnToRunPlan {...host} plan={runningPlanFixture} />,
  },
  {
    folder: "safety-notice",
    name: "SafetyNotice",
    slot: "safety-notice",
    element: (host) => <SafetyNotice {...host} severity="stop-exercising" heading="Stop" items={["Sharp pain"]} />,
  },
  {
    folder: "red-flag-notices",
    name: "RedFlagNotices",
    slot: "red-flag-notices",
    element: (host) => <RedFlagNotices {...host} redFlags={gluteBridge.redFlags} />,
  },
];

/**
 * Component folders outside the suite, each with the reason. A test below fails when a folder is in neither list.
 */
const pending: Record<string, string> = {
  "error-boundary": "renders its children, or a fallback in place of a failed part: it has no root of its own",
};

const host = (ref: (node: Element | null) => void): HostProps => ({
  ref,
  className: "host-class",
  id: "host-id",
  "data-testid": "host-root",
});

describe.each(cases)("$name conformance", ({ slot, element }) => {
  it("gives the host its root: ref, className, id and other props land on the element with the data-slot", () => {
    let received: Element | null = null;
    const { getByTestId } = render(element(host((node) => (received ??= node))));
    const root = getByTestId("host-root");
    expect(received).toBe(root);
    expect(root).toHaveAttribute("data-slot", slot);
    expect(root).toHaveAttribute("id", "host-id");
    // The host's class is added to the component's own, never replacing it.
    expect(root.classList.contains("host-class")).toBe(true);
    expect([...root.classList].some((name) => name.startsWith("mk-"))).toBe(true);
  });

  it("renders on the server with the same root", () => {
    const html = renderToString(element(host(() => {})));
    // The root's opening tag (React may hoist resource hints such as an image preload before it).
    const root = html.match(/<[a-z]+ [^>]*data-testid="host-root"[^>]*>/)?.[0];
    expect(root).toContain(`data-slot="${slot}"`);
    expect(root).toContain('id="host-id"');
  });
});

describe("the conformance suite", () => {
  it("covers every component folder, or says why not", () => {
    const src = import.meta.dirname;
    const folders = readdirSync(src).filter(
      // `__screenshots__` is where Vitest keeps a failed browser test's picture, not a component.
      (name) => statSync(join(src, name)).isDirectory() && !name.startsWith("internal") && !name.startsWith("__"),
    );
    const covered = new Set([...cases.map((c) => c.folder), ...Object.keys(pending)]);
    expect(folders.filter((folder) => !covered.has(folder))).toEqual([]);
    // A pending folder that is also covered has joined: take it off the pending list.
    expect(Object.keys(pending).filter((folder) => cases.some((c) => c.folder === folder))).toEqual([]);
  });
});
