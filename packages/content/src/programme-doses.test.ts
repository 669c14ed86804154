import { describeDosage, type Exercise, resolveItemDosage } from "@movekit/core";
import { es } from "@movekit/core/locales/es";
import { describe, expect, it } from "vitest";
import { eccentricLegLowering, walkRunIntervals } from "./index";
import { exercises, programmes } from "./library";

const byId = new Map<string, Exercise>(exercises.map((e) => [e.id, e]));
const items = programmes.flatMap((programme) =>
  programme.phases.flatMap((phase) =>
    phase.contents.map((item, index) => ({ where: `${programme.id} ${phase.id}[${index}] ${item.exerciseId}`, item })),
  ),
);

describe("programme doses over exercise defaults", () => {
  it.each(items)("$where keeps the default's pain ceiling and rests, in the words a patient reads", ({ item }) => {
    const exercise = byId.get(item.exerciseId);
    if (!exercise) throw new Error(`no exercise ${item.exerciseId}`);
    const base = exercise.defaultDosage;
    const dose = resolveItemDosage(item, exercise);
    const text = describeDosage(dose).text;
    const ceiling = base.intensity?.painCeiling;
    expect(ceiling, "every shipped exercise has a pain ceiling").toBeDefined();
    // A phase may tighten the ceiling, never loosen or drop it.
    expect(dose.intensity?.painCeiling).toBeLessThanOrEqual(ceiling ?? -1);
    expect(text).toContain(`keep pain at ${dose.intensity?.painCeiling} out of 10 or lower`);
    if (base.restBetweenSetsSeconds) {
      expect(dose.restBetweenSetsSeconds).toBeGreaterThanOrEqual(base.restBetweenSetsSeconds);
      expect(text).toMatch(/rest .* between sets/);
    }
    if (base.restBetweenSidesSeconds && dose.perSide) {
      expect(dose.restBetweenSidesSeconds).toBeGreaterThanOrEqual(base.restBetweenSidesSeconds);
      expect(text).toMatch(/rest .* between sides/);
    }
  });

  it("gives the walk/run intervals as 1 minute running and 1 minute walking, 10 times", () => {
    const text = describeDosage(walkRunIntervals.defaultDosage).text;
    expect(text).toMatch(/^1 minute running, then 1 minute walking, 10 times/);
    expect(describeDosage(walkRunIntervals.defaultDosage, { locale: "es", messages: es }).text).toMatch(
      /^1 minuto corriendo y luego 1 minuto caminando, 10 veces/,
    );
  });
});

describe("programme criteria agree with the content", () => {
  it.each(programmes.flatMap((p) => p.phases.map((phase) => [`${p.id} ${phase.id}`, phase] as const)))(
    "%s: every exercise its exit criteria test is one the phase lists",
    (_where, phase) => {
      const listed = new Set(phase.contents.map((c) => c.exerciseId));
      for (const criterion of phase.exitCriteria) {
        if (criterion.check?.kind === "can-perform") expect(listed, criterion.id).toContain(criterion.check.exerciseId);
      }
    },
  );

  it("lets eccentric lowering start once the settle phase is done: its caution begins where the mild band ends", () => {
    for (const programme of programmes) {
      const mild = programme.painRule.bands.filter((b) => b.action === "continue");
      const mildMax = Math.max(...mild.map((b) => b.max));
      const settle = programme.phases.find((p) => p.id === "settle");
      // The settle phase exits when pain stays in the "continue" band and settles overnight…
      expect(settle?.exitCriteria.map((c) => c.check?.kind)).toEqual(
        expect.arrayContaining(["pain-band", "settled-within-24h"]),
      );
      // …so the caution that keeps lowering back must only cover pain above that band or pain that lingers.
      const caution = eccentricLegLowering.contraindications?.find((c) => c.id === "irritable-hip-flexor");
      expect(caution?.text["en-GB"]).toContain(`${mildMax + 1} out of 10 or more`);
      expect(caution?.text["en-GB"]).toMatch(/next morning/);
      expect(caution?.text.es).toContain(`${mildMax + 1} sobre 10 o más`);
    }
  });
});
