import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { HOSTILE_URLS } from "../../../core/src/model/hostile-urls.fixture";
import { EvidenceList } from "../evidence-list";
import { ExerciseCard } from "../exercise-card";
import { ProgressionLadder } from "../progression-ladder";
import { gluteBridge, ladderExercises } from "./test-fixtures";
import { unsafeUrlsIn } from "./testing/unsafe-urls";

// Content that skipped validation (a host's own back end) still reaches the components: they check again.
describe.each(HOSTILE_URLS)("component props refuse %j", (url) => {
  it("ExerciseCard: href and poster are dropped, the card still shows its title", () => {
    const { container } = render(
      <ExerciseCard
        exercise={{ ...gluteBridge, media: gluteBridge.media && { ...gluteBridge.media, poster: url } }}
        href={url}
      />,
    );
    expect(screen.getByRole("heading", { name: /Glute bridge/ })).toBeVisible();
    expect(unsafeUrlsIn(container)).toEqual([]);
  });

  it("EvidenceList: a reference URL becomes plain text", () => {
    const evidence = [
      {
        claim: { "en-GB": "Claim" },
        kind: "advice" as const,
        source: "seed-000",
        references: [{ citation: "A source", url: url }],
      },
    ];
    const { container } = render(<EvidenceList evidence={evidence} />);
    expect(screen.getByText("A source")).toBeVisible();
    expect(unsafeUrlsIn(container)).toEqual([]);
  });

  it("ProgressionLadder: a step with a hostile link is shown without a link", () => {
    const { container } = render(
      <ProgressionLadder
        exercise={{
          ...gluteBridge,
          regressions: [{ exerciseId: "bridge-hold", criteria: { "en-GB": "If it hurts" } }],
          progressions: [],
        }}
        exercises={ladderExercises}
        getHref={() => url}
      />,
    );
    expect(screen.getByText("Bridge hold")).toBeVisible();
    expect(unsafeUrlsIn(container)).toEqual([]);
  });
});
