// @vitest-environment node
// Every exercise's safety text, pinned: its warning signs (tier and wording), contraindications (severity and
// wording, with the change to make), safety cues, and the sources its warning signs cite. Restructuring the
// data modules so bundlers can drop what an app does not use must not drop or change any of it. A deliberate
// clinical edit updates safety-manifest.json in the same commit: `UPDATE_SAFETY_MANIFEST=1 pnpm exec vitest run
// --project unit packages/content/src/safety-manifest.test.ts`, and the diff shows exactly which text changed.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Exercise, LocalizedText } from "@movekit/core";
import { describe, expect, it } from "vitest";
import * as content from "./index";

const file = resolve(import.meta.dirname, "safety-manifest.json");

/** A short fingerprint of text in every language it is written in (any wording change shows). */
const words = (...texts: (LocalizedText | undefined)[]) =>
  createHash("sha256")
    .update(JSON.stringify(texts.map((text) => (text ? Object.entries(text).sort() : null))))
    .digest("hex")
    .slice(0, 12);

function safetyOf(exercise: Exercise) {
  return {
    redFlags: exercise.redFlags.map((flag) => `${flag.id} ${flag.urgency} ${words(flag.text, flag.action)}`),
    contraindications: (exercise.contraindications ?? []).map(
      (item) => `${item.id} ${item.severity} ${words(item.text, item.modification)}`,
    ),
    safetyCues: exercise.cues.filter((cue) => cue.role === "safety").map((cue) => `${cue.kind} ${words(cue.text)}`),
    sources: [...new Set(exercise.evidence.flatMap((item) => item.source.split("; ")))].sort(),
    review: exercise.provenance.status,
  };
}

const current = Object.fromEntries(content.exercises.map((exercise) => [exercise.id, safetyOf(exercise)]));
if (process.env.UPDATE_SAFETY_MANIFEST) writeFileSync(file, `${JSON.stringify(current, null, 2)}\n`);
const pinned = JSON.parse(readFileSync(file, "utf8")) as typeof current;

describe("every exercise keeps the safety text it shipped with", () => {
  it("pins every exercise in the library, and no other", () => {
    expect(Object.keys(current).sort()).toEqual(Object.keys(pinned).sort());
  });

  it.each(Object.keys(pinned))("%s: warning signs, contraindications, safety cues and sources", (id) => {
    expect(current[id]).toEqual(pinned[id]);
    // Every exercise carries warning signs, and every one has a source behind it.
    expect(current[id]?.redFlags.length).toBeGreaterThan(0);
    expect(current[id]?.sources.length).toBeGreaterThan(0);
  });

  it("keeps the same text when one exercise is imported on its own (the per-exercise subpath)", async () => {
    for (const exercise of content.exercises) {
      const module = (await import(`./exercises/${exercise.slug}.ts`)) as Record<string, Exercise>;
      const alone = Object.values(module).find((value) => value?.id === exercise.id);
      expect(alone && safetyOf(alone)).toEqual(pinned[exercise.id]);
    }
  });
});
