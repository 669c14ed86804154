// One translator rule: provider and prop messages merge (the prop wins) and the merged wording reaches nested
// components, safety notices included, inside the client components that compose them.

import { fixtureExercises, programmeFixture } from "@movekit/fixtures/programmes";
import { render, screen, waitFor, within } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { WAIT_CEILING_MS } from "../../../../vitest.wait";
import { MovekitProvider } from "../movekit-provider/movekit-provider";
import { ProgrammeView } from "../programme-view/programme-view";
import { preloadSessionPlayer } from "../session-player/lazy-parts";
import { SessionPlayer } from "../session-player/session-player";
import { fakeClock } from "../session-player/testing/fake-clock";

// The player loads its later parts after first paint; loaded up front here, tests see them at once.
beforeAll(() => preloadSessionPlayer());

const clinic = {
  "safety.heading.emergency": "Ring {number} or come to the clinic's emergency desk now if:",
  "safety.tier.urgent": "Same day",
} as const;

describe("provider messages reach nested safety notices", () => {
  it("in ProgrammeView: the clinic's emergency heading and tier word, with the prop winning where both say", async () => {
    render(
      <MovekitProvider messages={clinic}>
        <ProgrammeView
          programme={programmeFixture}
          exercises={fixtureExercises}
          messages={{ "safety.tier.urgent": "Today" }}
        />
      </MovekitProvider>,
    );
    const notice = await screen.findByRole(
      "region",
      { name: "Emergency: Ring 999 or come to the clinic's emergency desk now if:" },
      { timeout: WAIT_CEILING_MS },
    );
    expect(notice).toHaveAttribute("data-severity", "emergency");
    // The prop's word for the urgent tier wins over the provider's; the provider's emergency heading still applies.
    const urgent = document.querySelector("[data-slot='safety-notice'][data-severity='urgent']") as HTMLElement;
    expect(within(urgent).getByText("Today")).toBeInTheDocument();
    expect(within(urgent).queryByText("Same day")).toBeNull();
  });

  it("in SessionPlayer: the exercise's red flags carry the clinic's wording", async () => {
    render(
      <MovekitProvider messages={clinic}>
        <SessionPlayer items={[{ exerciseId: "front-plank" }]} exercises={fixtureExercises} clock={fakeClock()} />
      </MovekitProvider>,
    );
    await waitFor(
      () =>
        expect(
          screen.getByRole("region", { name: "Emergency: Ring 999 or come to the clinic's emergency desk now if:" }),
        ).toBeInTheDocument(),
      { timeout: WAIT_CEILING_MS },
    );
    expect(screen.queryByRole("region", { name: "Emergency: Call 999 or go to A&E now if:" })).toBeNull();
  });

  it("without a provider, the catalogue's wording", () => {
    render(<SessionPlayer items={[{ exerciseId: "front-plank" }]} exercises={fixtureExercises} clock={fakeClock()} />);
    expect(screen.getByRole("region", { name: "Emergency: Call 999 or go to A&E now if:" })).toBeInTheDocument();
  });
});
