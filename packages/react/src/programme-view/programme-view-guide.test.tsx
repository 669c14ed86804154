import { es } from "@movekit/core/locales/es";
import { fixtureExercises, programmeFixture } from "@movekit/fixtures/programmes";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { WAIT_CEILING_MS } from "../../../../vitest.wait";
import { MovekitProvider } from "../movekit-provider/movekit-provider";
import { ProgrammeView } from "./programme-view";

const clamshell = fixtureExercises.find((exercise) => exercise.id === "clamshell");
const firstCue = clamshell?.cues.find((cue) => cue.role !== "safety")?.text["en-GB"] as string;
const safetyCues = (id: string | null) =>
  (fixtureExercises.find((exercise) => exercise.id === id)?.cues ?? [])
    .filter((cue) => cue.role === "safety")
    .map((cue) => cue.text["en-GB"] as string);

/** Renders the fixture programme and waits for its exercise guide (it follows the first paint). */
async function renderGuide(ui = <ProgrammeView programme={programmeFixture} exercises={fixtureExercises} />) {
  render(ui);
  await waitFor(() => expect(document.querySelector("[data-slot='handout']")).not.toBeNull(), {
    timeout: WAIT_CEILING_MS,
  });
  return document.querySelector("[data-slot='handout']") as HTMLElement;
}

const article = (guide: HTMLElement, id: string) =>
  guide.querySelector(`[data-slot='handout-exercise'][data-exercise='${id}']`) as HTMLElement;

// Timeouts are ceilings for a busy shared machine, never speed checks.
describe("ProgrammeView's exercise guide", { timeout: 30_000 }, () => {
  it("opens each exercise on its name and safety; 'How to do it' is closed and not rendered", async () => {
    const guide = await renderGuide();
    for (const item of guide.querySelectorAll<HTMLElement>("[data-slot='handout-exercise']")) {
      expect(within(item).getByRole("heading", { level: 4 })).toBeVisible();
      expect(item.querySelector("[data-slot='contraindication-list']")).not.toBeNull();
      const button = within(item).getByRole("button", { name: /^How to do it / });
      expect(button).toHaveAttribute("aria-expanded", "false");
      expect(button).not.toHaveAttribute("aria-controls");
      expect(item.querySelector("[data-slot='handout-how-to']")).toBeNull();
      expect(item.querySelector("[data-slot='dosage-summary']")).toBeNull();
      // Safety cues are safety text: shown while "How to do it" is closed, and nothing else of the cues.
      const cues = [...item.querySelectorAll("[data-slot='cue']")].map((cue) => cue.textContent);
      expect(cues.map((text) => safetyCues(item.dataset.exercise ?? null).some((cue) => text?.includes(cue)))).toEqual(
        cues.map(() => true),
      );
      expect(cues).toHaveLength(safetyCues(item.dataset.exercise ?? null).length);
    }
    expect(safetyCues("clamshell").length).toBeGreaterThan(0);
    const clamshellSafety = within(article(guide, "clamshell")).getByRole("region", { name: "Staying safe" });
    for (const cue of safetyCues("clamshell"))
      expect(within(clamshellSafety).getByText(cue, { exact: false })).toBeVisible();
    // The exercise's name in the button's name tells the twenty buttons apart.
    expect(within(article(guide, "clamshell")).getByRole("button")).toHaveAccessibleName("How to do it Clamshell");
  });

  it("opens with Enter to the start position, dose per phase and cues; safety stays; Space closes it", async () => {
    const user = userEvent.setup();
    const guide = await renderGuide();
    const item = article(guide, "clamshell");
    const button = within(item).getByRole("button", { name: "How to do it Clamshell" });
    const safetyBefore = item.querySelector("[data-slot='contraindication-list']")?.textContent;
    button.focus();
    await user.keyboard("{Enter}");
    expect(button).toHaveAttribute("aria-expanded", "true");
    const content = document.getElementById(button.getAttribute("aria-controls") as string) as HTMLElement;
    expect(content).toHaveAttribute("data-slot", "handout-how-to");
    expect(within(content).getByText(firstCue, { exact: false })).toBeVisible();
    expect(content.querySelectorAll("[data-slot='dosage-summary']").length).toBeGreaterThan(0);
    expect(content).toHaveTextContent("Phase 1:");
    expect(item.querySelector("[data-slot='contraindication-list']")?.textContent).toBe(safetyBefore);
    // Only the one the reader opened.
    expect(guide.querySelectorAll("[data-slot='handout-how-to']")).toHaveLength(1);
    expect(button).toHaveFocus();
    await user.keyboard(" ");
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(item.querySelector("[data-slot='handout-how-to']")).toBeNull();
  });

  it("opens every exercise for printing and closes them again after, keeping what the reader opened", async () => {
    const user = userEvent.setup();
    const guide = await renderGuide();
    const count = guide.querySelectorAll("[data-slot='handout-exercise']").length;
    await user.click(within(article(guide, "front-plank")).getByRole("button"));
    act(() => {
      window.dispatchEvent(new Event("beforeprint"));
    });
    expect(guide.querySelectorAll("[data-slot='handout-how-to']")).toHaveLength(count);
    expect(guide.querySelectorAll("[data-slot='handout-how-to'] [data-slot='cue-list']").length).toBe(count);
    act(() => {
      window.dispatchEvent(new Event("afterprint"));
    });
    expect([...guide.querySelectorAll("[data-slot='handout-how-to']")].map((c) => c.closest("article")?.id)).toEqual([
      article(guide, "front-plank").id,
    ]);
  });

  it("says it in Spanish", async () => {
    const guide = await renderGuide(
      <MovekitProvider locale="es" messages={es}>
        <ProgrammeView programme={programmeFixture} exercises={fixtureExercises} />
      </MovekitProvider>,
    );
    const spanishName = clamshell?.name.es as string;
    expect(within(article(guide, "clamshell")).getByRole("button")).toHaveAccessibleName(`Cómo hacerlo ${spanishName}`);
  });

  it("names an exercise in its own words, and marks a name given only in English with its language for a Spanish reader", async () => {
    const englishOnly = fixtureExercises.map((exercise) =>
      exercise.id === "clamshell" ? { ...exercise, name: { "en-GB": "Clamshell" } } : exercise,
    );
    const guide = await renderGuide(
      <MovekitProvider locale="es" messages={es}>
        <ProgrammeView programme={programmeFixture} exercises={englishOnly} />
      </MovekitProvider>,
    );
    const fallback = within(article(guide, "clamshell")).getByRole("heading", { level: 4 });
    expect(fallback).toHaveTextContent("Clamshell (en inglés)");
    expect(fallback.querySelector("[lang='en-GB']")).toHaveTextContent("Clamshell");
    // A name in the reader's language is the heading's own text, with no language of its own.
    const gluteBridge = fixtureExercises.find((exercise) => exercise.id === "glute-bridge");
    const own = within(article(guide, "glute-bridge")).getByRole("heading", { level: 4 });
    expect(own).toHaveTextContent(gluteBridge?.name.es as string);
    expect(own.querySelector("[lang]")).toBeNull();
  });

  it("shows an exercise's own warning signs, and no empty part for one that has none", async () => {
    const withoutSigns = fixtureExercises.map((exercise) =>
      exercise.id === "clamshell" ? { ...exercise, redFlags: [] } : exercise,
    );
    const guide = await renderGuide(<ProgrammeView programme={programmeFixture} exercises={withoutSigns} />);
    const clamshellEntry = article(guide, "clamshell");
    expect(clamshellEntry.querySelector("[data-slot='red-flag-notices']")).toBeNull();
    expect(clamshellEntry.querySelector("[data-slot='contraindication-list']")).not.toBeNull();
    const gluteBridgeEntry = article(guide, "glute-bridge");
    const signs = gluteBridgeEntry.querySelector("[data-slot='red-flag-notices']") as HTMLElement;
    const firstSign = fixtureExercises.find((exercise) => exercise.id === "glute-bridge")?.redFlags[0];
    expect(within(signs).getByText(firstSign?.text["en-GB"] as string, { exact: false })).toBeVisible();
  });

  it("server HTML has every exercise's safety (safety cues too) and its closed 'How to do it', and no instructions", () => {
    const html = renderToString(<ProgrammeView programme={programmeFixture} exercises={fixtureExercises} />);
    const guide = html.slice(html.indexOf('data-slot="handout"'));
    const items = guide.split('data-slot="handout-exercise"').slice(1);
    expect(items).toHaveLength(fixtureExercises.length);
    for (const item of items) {
      expect(item).toContain('data-slot="contraindication-list"');
      expect(item).toContain('aria-expanded="false"');
      expect(item).not.toContain('data-slot="handout-how-to"');
    }
    // The clamshell's safety cues are in the server HTML with the rest of its safety.
    const clamshellHtml = items.find((item) => item.includes('data-exercise="clamshell"')) as string;
    expect(clamshellHtml).toContain('data-slot="handout-safety-cues"');
  });
});

// An exercise whose name is missing still gives its button a name: the unnamed wording, never "undefined".
it("names an unnamed exercise's button with the unnamed wording", async () => {
  const unnamed = fixtureExercises.map((exercise) =>
    exercise.id === "clamshell" ? { ...exercise, name: undefined as never } : exercise,
  );
  const original = console.error;
  console.error = () => {};
  try {
    const guide = await renderGuide(<ProgrammeView programme={programmeFixture} exercises={unnamed} />);
    const button = within(article(guide, "clamshell")).getByRole("button");
    expect(button).toHaveAccessibleName(/^How to do it \S/);
    expect(button).not.toHaveAccessibleName(/undefined/);
    expect(screen.getAllByText(/information is incomplete/).length).toBeGreaterThan(0);
  } finally {
    console.error = original;
  }
});
