import { es } from "@movekit/core/locales/es";
import { fixtureExercises } from "@movekit/fixtures/programmes";
import { render, screen, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { MovekitProvider } from "../movekit-provider/movekit-provider";
import { preloadSessionPlayer } from "./lazy-parts";
import { SessionPlayer } from "./session-player";
import { fakeClock } from "./testing/fake-clock";

// The player loads its later parts after first paint; loaded up front here, tests see them at once.
beforeAll(() => preloadSessionPlayer());

const items = [{ exerciseId: "front-plank" }, { exerciseId: "glute-bridge", dosage: { sets: 1, reps: 5 } }];

describe("SessionPlayer", () => {
  it("starts at the first exercise with its dose, progress, controls and safety", () => {
    render(<SessionPlayer items={items} exercises={fixtureExercises} title="Tuesday's session" clock={fakeClock()} />);
    const player = screen.getByRole("region", { name: "Tuesday's session" });
    expect(player).toHaveAttribute("data-stage", "ready");
    expect(within(player).getByText("Exercise 1 of 2")).toBeInTheDocument();
    expect(within(player).getByRole("progressbar", { name: "Session progress" })).toHaveAttribute("value", "0");
    expect(within(player).getByRole("heading", { level: 3, name: "Front plank" })).toBeInTheDocument();
    expect(within(player).getByRole("group", { name: "Dosage" })).toHaveTextContent("2 holds of 30 seconds");
    expect(within(player).getByText("Set 1 of 2")).toBeInTheDocument();
    const controls = within(player).getByRole("group", { name: "Session controls" });
    expect(
      within(controls)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Start", "Skip exercise", "Skip, it hurts"]);
    // No video: the written start position stands in.
    expect(player.querySelector("[data-slot='session-media-fallback']")).toHaveTextContent("Start position");
    // The exercise's red flags are on screen the whole time.
    expect(
      within(player).getByRole("region", { name: "Emergency: Call 999 or go to A&E now if:" }),
    ).toBeInTheDocument();
    const live = player.querySelector("[data-slot='session-announcer']");
    expect(live).toHaveAttribute("role", "status");
    expect(live).toHaveAttribute("aria-live", "polite");
  });

  it("skips to the next exercise and says what comes next", () => {
    render(<SessionPlayer items={items} exercises={fixtureExercises} clock={fakeClock()} />);
    screen.getByRole("button", { name: "Skip exercise" }).click();
    return screen.findByRole("heading", { level: 3, name: "Glute bridge" }).then(() => {
      expect(screen.getByText("Exercise 2 of 2")).toBeInTheDocument();
      expect(document.querySelector("[data-slot='session-announcer']")).toHaveTextContent(
        "Glute bridge. Set 1 of 1. Get into position, then press Start.",
      );
    });
  });

  it("uses the host's media slot, Spanish words, and renders on the server without timers", () => {
    render(
      <MovekitProvider locale="es" messages={es}>
        <SessionPlayer
          items={items}
          exercises={fixtureExercises}
          clock={fakeClock()}
          renderMedia={(exercise) => <p>Demo: {exercise.id}</p>}
        />
      </MovekitProvider>,
    );
    expect(screen.getByText("Demo: front-plank")).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Sesión guiada" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Saltar, me duele" })).toBeInTheDocument();
    const html = renderToString(<SessionPlayer items={items} exercises={fixtureExercises} />);
    expect(html).toContain("Front plank");
    expect(html).not.toContain("Sound and spoken cues");
  });

  it("names a missing exercise instead of failing", () => {
    render(<SessionPlayer items={[{ exerciseId: "not-there" }]} exercises={fixtureExercises} clock={fakeClock()} />);
    expect(screen.getByText("The exercise “not-there” is missing from the library.")).toBeInTheDocument();
  });
});
