import { exercises } from "@movekit/content";
import { localize } from "@movekit/core";
import { es } from "@movekit/core/locales/es";
import { englishOnly, gluteBridge, ladderExercises, withoutMedia } from "@movekit/fixtures/exercises";
import { cleanup, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ExerciseDetail } from "./exercise-detail";

const sectionNames = (article: HTMLElement) =>
  within(article)
    .getAllByRole("region")
    .filter((region) => region.getAttribute("data-slot") === "exercise-detail-section")
    .map((region) => region.getAttribute("data-section"));

describe("ExerciseDetail", () => {
  it("puts safety before the steps, and every section under its own heading", () => {
    render(<ExerciseDetail exercise={gluteBridge} exercises={ladderExercises} />);
    const article = screen.getByRole("article", { name: "Glute bridge" });
    expect(sectionNames(article)).toEqual([
      "safety",
      "dosage",
      "start",
      "steps",
      "cues",
      "feel",
      "mistakes",
      "ladder",
      "evidence",
    ]);
    expect(within(article).getByRole("heading", { level: 2, name: "Glute bridge" })).toBeInTheDocument();
    expect(
      within(article)
        .getAllByRole("heading", { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual([
      "Safety: read before you start",
      "How much to do",
      "Start position",
      "Steps",
      "Coaching cues",
      "What you should feel",
      "Common mistakes",
      "Easier and harder versions",
      "Evidence and review",
    ]);
  });

  it("shows contraindications and every red-flag tier, visible and named by tier", () => {
    render(<ExerciseDetail exercise={gluteBridge} />);
    const safety = screen.getByRole("region", { name: "Safety: read before you start" });
    expect(within(safety).getByRole("region", { name: /^Ask your clinician first/ })).toBeVisible();
    expect(within(safety).getByRole("region", { name: /^Emergency: Call 999/ })).toBeVisible();
    expect(within(safety).getByRole("region", { name: /^Stop exercising:/ })).toBeVisible();
    expect(within(safety).getByRole("region", { name: /^Non-urgent:/ })).toBeVisible();
    expect(safety.querySelector("details, [hidden]")).toBeNull();
  });

  it("passes the clinic's emergency number to the red flags", () => {
    render(<ExerciseDetail exercise={gluteBridge} emergencyNumbers={{ "en-GB": "01234 567890" }} />);
    expect(screen.getByRole("region", { name: /^Emergency: Call 01234 567890/ })).toBeInTheDocument();
  });

  it("shows the poster with the video's description until a media slot is given", () => {
    const { rerender } = render(<ExerciseDetail exercise={gluteBridge} />);
    expect(screen.getByRole("img", { name: /lifts their hips/ })).toHaveAttribute("src", "/media/glute-bridge.svg");
    rerender(<ExerciseDetail exercise={gluteBridge} media={(exercise) => <p>Video of {exercise.id}</p>} />);
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.getByText("Video of glute-bridge")).toBeInTheDocument();
  });

  it("leaves the media slot out when there is no media", () => {
    const { container } = render(<ExerciseDetail exercise={withoutMedia} />);
    expect(container.querySelector("[data-slot='exercise-detail-media']")).toBeNull();
  });

  it("lists steps in order and cues grouped by role", () => {
    render(<ExerciseDetail exercise={gluteBridge} />);
    const steps = screen.getByRole("region", { name: "Steps" });
    expect(
      within(steps)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Squeeze your buttocks.", "Lift your hips until your body is in a straight line.", "Lower slowly."]);
    // Five roles with one cue each: one list, each cue tagged with its role, no heading per cue.
    const cues = screen.getByRole("region", { name: "Coaching cues" });
    expect(within(cues).queryAllByRole("heading", { level: 4 })).toEqual([]);
    expect(within(cues).getAllByRole("listitem")[3]).toHaveTextContent(/^Good form: Don't:/);
  });

  it("renders a Spanish page and marks English-only text", () => {
    render(<ExerciseDetail exercise={englishOnly} locale="es" messages={es} />);
    expect(screen.getByRole("region", { name: "Seguridad: léelo antes de empezar" })).toBeInTheDocument();
    const title = screen.getByRole("heading", { level: 2 });
    expect(title).toHaveTextContent("Glute bridge (en inglés)");
    expect(title.firstElementChild).toHaveAttribute("lang", "en-GB");
    expect(screen.getByRole("region", { name: /^Emergencia: Llama al 112/ })).toBeInTheDocument();
  });

  it("fits the host outline with headingLevel", () => {
    render(<ExerciseDetail exercise={gluteBridge} headingLevel={1} />);
    expect(screen.getByRole("heading", { level: 1, name: "Glute bridge" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Steps" })).toBeInTheDocument();
  });

  it.each(["en-GB", "es"])(
    "renders every library exercise in %s with all its safety text visible",
    (locale) => {
      for (const exercise of exercises) {
        render(<ExerciseDetail exercise={exercise} exercises={exercises} locale={locale} messages={es} />);
        const safety = screen.getByRole("region", { name: locale === "es" ? /^Seguridad/ : /^Safety/ });
        for (const item of [...(exercise.contraindications ?? []), ...exercise.redFlags]) {
          expect(safety).toHaveTextContent(localize(item.text, locale).text);
        }
        cleanup();
      }
    },
    30_000,
  ); // 34 full renders under jsdom: a ceiling for a busy CI machine, not a wait.
});
