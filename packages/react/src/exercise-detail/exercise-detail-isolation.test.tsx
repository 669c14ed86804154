import { es } from "@movekit/core/locales/es";
import { gluteBridge, ladderExercises } from "@movekit/fixtures/exercises";
import { act, render, screen, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ExerciseDetail } from "./exercise-detail";

// Which parts throw in the current test. The mocks pass through to the real components otherwise.
const broken = vi.hoisted(() => new Set<"cues" | "ladder" | "red-flags">());

vi.mock("../cue-list/cue-list", async (importOriginal) => {
  const real = await importOriginal<typeof import("../cue-list/cue-list")>();
  return {
    ...real,
    CueList: (props: Parameters<typeof real.CueList>[0]) => {
      if (broken.has("cues")) throw new Error("cue list broke");
      return <real.CueList {...props} />;
    },
  };
});
vi.mock("@movekit/react/progression-ladder", async (importOriginal) => {
  const real = await importOriginal<typeof import("@movekit/react/progression-ladder")>();
  return {
    ...real,
    ProgressionLadder: (props: Parameters<typeof real.ProgressionLadder>[0]) => {
      if (broken.has("ladder")) throw new Error("ladder broke");
      return <real.ProgressionLadder {...props} />;
    },
  };
});
vi.mock("../red-flag-notices/red-flag-notices", async (importOriginal) => {
  const real = await importOriginal<typeof import("../red-flag-notices/red-flag-notices")>();
  return {
    ...real,
    RedFlagNotices: (props: Parameters<typeof real.RedFlagNotices>[0]) => {
      if (broken.has("red-flags")) throw new Error("red flags broke");
      return <real.RedFlagNotices {...props} />;
    },
  };
});

const FALLBACK = "This part could not be shown. Reload the page to try again.";
const SECTIONS = [
  "Safety: read before you start",
  "How much to do",
  "Start position",
  "Steps",
  "Coaching cues",
  "What you should feel",
  "Common mistakes",
  "Easier and harder versions",
  "Evidence and review",
];

function throwingMedia(): ReactNode {
  throw new Error("video player broke");
}

/** The safety section, with every tier of the fixture's notices visible and named in words. */
function expectSafetyVisible() {
  const safety = screen.getByRole("region", { name: "Safety: read before you start" });
  expect(within(safety).getByRole("region", { name: /^Ask your clinician first/ })).toBeVisible();
  expect(within(safety).getByRole("region", { name: /^Emergency: Call 999/ })).toBeVisible();
  expect(within(safety).getByRole("region", { name: /^Stop exercising:/ })).toBeVisible();
  expect(within(safety).queryByText(FALLBACK)).toBeNull();
}

describe("ExerciseDetail error isolation", () => {
  // React logs each error a boundary catches: expected, so kept out of the output.
  beforeEach(() => void vi.spyOn(console, "error").mockImplementation(() => {}));
  afterEach(() => {
    broken.clear();
    vi.restoreAllMocks();
  });

  it("shows a local fallback when the media slot throws; safety and every section stay", () => {
    const onSectionError = vi.fn();
    const { container } = render(
      <ExerciseDetail
        exercise={gluteBridge}
        exercises={ladderExercises}
        media={throwingMedia}
        onSectionError={onSectionError}
      />,
    );
    const media = container.querySelector("[data-slot='exercise-detail-media']") as HTMLElement;
    expect(within(media).getByText(FALLBACK)).toBeInTheDocument();
    expect(screen.getAllByText(FALLBACK)).toHaveLength(1);
    expect(onSectionError).toHaveBeenCalledWith(new Error("video player broke"), expect.anything());

    const article = screen.getByRole("article", { name: "Glute bridge" });
    expect(
      within(article)
        .getAllByRole("heading", { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(SECTIONS);
    expectSafetyVisible();
    expect(within(screen.getByRole("region", { name: "Steps" })).getAllByRole("listitem")).toHaveLength(3);
  });

  it("keeps a failed section's heading, with the fallback under it, and the other sections whole", () => {
    broken.add("cues").add("ladder");
    render(<ExerciseDetail exercise={gluteBridge} exercises={ladderExercises} />);
    for (const name of ["Coaching cues", "Easier and harder versions"]) {
      const region = screen.getByRole("region", { name });
      expect(within(region).getByText(FALLBACK)).toBeInTheDocument();
    }
    expect(screen.getAllByText(FALLBACK)).toHaveLength(2);
    expectSafetyVisible();
    expect(screen.getByRole("img", { name: /lifts their hips/ })).toBeInTheDocument();
    expect(within(screen.getByRole("region", { name: "Steps" })).getAllByRole("listitem")).toHaveLength(3);
    expect(screen.getByRole("region", { name: "How much to do" })).not.toHaveTextContent(FALLBACK);
    expect(screen.getByRole("region", { name: "Evidence and review" })).not.toHaveTextContent(FALLBACK);
  });

  it("says the fallback in the reader's language", () => {
    render(<ExerciseDetail exercise={gluteBridge} media={throwingMedia} locale="es" messages={es} />);
    expect(screen.getByText(/^No se ha podido mostrar esta parte\./)).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Seguridad: léelo antes de empezar" })).toBeVisible();
  });

  it("never swaps broken safety for a quiet fallback: its own boundary says what to do, the rest stays", () => {
    broken.add("red-flags");
    const onSectionError = vi.fn();
    render(<ExerciseDetail exercise={gluteBridge} onSectionError={onSectionError} />);
    const safety = screen.getByRole("region", { name: "Safety: read before you start" });
    expect(
      within(safety).getByText(
        "The safety information could not be shown: do not do this exercise until your clinician says it is safe.",
      ),
    ).toBeVisible();
    expect(within(safety).queryByText(FALLBACK)).toBeNull();
    // The contraindications have a boundary of their own, so they stay.
    for (const item of gluteBridge.contraindications ?? []) expect(safety).toHaveTextContent(item.text["en-GB"]);
    expect(within(screen.getByRole("region", { name: "Steps" })).getAllByRole("listitem")).toHaveLength(3);
    expect(onSectionError).toHaveBeenCalledWith(new Error("red flags broke"), expect.anything());
  });

  it("renders on the server when the media slot throws, with every safety text, then shows the fallback", async () => {
    const page = <ExerciseDetail exercise={gluteBridge} exercises={ladderExercises} media={throwingMedia} />;
    const container = document.createElement("div");
    container.innerHTML = renderToString(page);
    document.body.append(container);
    // The server HTML alone: every safety text and the steps are there; only the media slot is left empty.
    const safety = container.querySelector("[data-section='safety']") as HTMLElement;
    for (const item of [...(gluteBridge.contraindications ?? []), ...gluteBridge.redFlags]) {
      expect(safety).toHaveTextContent(item.text["en-GB"]);
    }
    expect(container.querySelector("[data-section='steps']")).toHaveTextContent("Squeeze your buttocks.");
    expect(container.querySelector("[data-slot='exercise-detail-media']")).not.toHaveTextContent(FALLBACK);

    await act(async () => {
      hydrateRoot(container, page, { onRecoverableError: () => {} });
    });
    const media = container.querySelector("[data-slot='exercise-detail-media']") as HTMLElement;
    expect(media).toHaveTextContent(FALLBACK);
    expect(container.querySelectorAll("[data-slot='error-boundary']")).toHaveLength(1);
    expect(container.querySelector("[data-section='safety'] [data-slot='safety-notice']")).not.toBeNull();
    container.remove();
  });
});
