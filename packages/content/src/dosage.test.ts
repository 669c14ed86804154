import { type Dosage, describeDosage } from "@movekit/core";
import { es } from "@movekit/core/locales/es";
import { describe, expect, it } from "vitest";
import { clamshell, cyclingRaisedSeat, singleLegGluteBridge, thomasPsoasStretch } from "./index";
import { exercises, programmes } from "./library";

/** Every dosage the library ships: defaults, phase doses and doses inside criteria. */
function allDosages(): Array<{ where: string; dosage: Dosage }> {
  const out = exercises.map((e) => ({ where: `${e.id}.defaultDosage`, dosage: e.defaultDosage }));
  for (const programme of programmes) {
    for (const phase of programme.phases) {
      phase.contents.forEach((item, i) => {
        if (item.dosage) out.push({ where: `${phase.id}.contents[${i}]`, dosage: item.dosage });
      });
      for (const c of [...phase.entryCriteria, ...phase.exitCriteria]) {
        if (c.check?.kind === "can-perform" && c.check.dosage)
          out.push({ where: `${phase.id} criterion`, dosage: c.check.dosage });
      }
    }
    for (const rule of [...programme.progressionRules, ...programme.regressionRules]) {
      for (const c of rule.criteria) {
        if (c.check?.kind === "can-perform" && c.check.dosage)
          out.push({ where: `rule ${rule.id}`, dosage: c.check.dosage });
      }
    }
  }
  return out;
}

describe("describeDosage over the library", () => {
  const dosages = allDosages();

  it.each(["en-GB", "es", "en-US"] as const)(
    "gives plain words and a compact form for every dosage in %s",
    (locale) => {
      expect(dosages.length).toBeGreaterThan(exercises.length);
      for (const { where, dosage } of dosages) {
        const d = describeDosage(dosage, { locale, messages: es });
        expect(d.text, where).toMatch(/\S/);
        expect(d.compact, where).toMatch(/\S/);
        expect(d.text, where).not.toMatch(/\{\w+\}/);
      }
    },
  );

  it("describes a per-side hold with tempo, rests and frequency (single-leg bridge, en-GB)", () => {
    expect(describeDosage(singleLegGluteBridge.defaultDosage).text).toBe(
      "3 sets of 8 repetitions on each side, hold each for 2 seconds, lower over 3 seconds, rest 60 seconds between sets, " +
        "rest 30 seconds between sides, keep pain at 2 out of 10 or lower, 3 days a week",
    );
    expect(describeDosage(singleLegGluteBridge.defaultDosage).compact).toBe("3 × 8 · 2s hold each side");
  });

  it("describes the same dose in Spanish", () => {
    expect(describeDosage(singleLegGluteBridge.defaultDosage, { locale: "es", messages: es }).text).toBe(
      "3 series de 8 repeticiones por cada lado, mantén cada una 2 segundos, baja en 3 segundos, descansa 60 segundos " +
        "entre series, descansa 30 segundos entre lados, mantén el dolor en 2 sobre 10 o menos, 3 días a la semana",
    );
  });

  it("describes the psoas stretch holds per side, once a day, in both languages", () => {
    expect(describeDosage(thomasPsoasStretch.defaultDosage).text).toBe(
      "2 holds of 30 seconds on each side, rest 15 seconds between sets, keep pain at 2 out of 10 or lower, once a day",
    );
    expect(describeDosage(thomasPsoasStretch.defaultDosage, { locale: "es", messages: es }).text).toBe(
      "2 veces manteniendo la postura 30 segundos por cada lado, descansa 15 segundos entre series, " +
        "mantén el dolor en 2 sobre 10 o menos, una vez al día",
    );
  });

  it("describes the clamshell tempo in Spanish", () => {
    expect(describeDosage(clamshell.defaultDosage, { locale: "es", messages: es }).text).toBe(
      "3 series de 12 repeticiones por cada lado, sube en 2 segundos, pausa de 1 segundo arriba, baja en 2 segundos, " +
        "descansa 45 segundos entre series, mantén el dolor en 2 sobre 10 o menos, 3 días a la semana",
    );
  });

  it("describes cross-training by time with pain and effort ceilings", () => {
    expect(describeDosage(cyclingRaisedSeat.defaultDosage).text).toBe(
      "20 minutes, keep pain at 2 out of 10 or lower, keep effort at 5 out of 10 or lower, 3 days a week",
    );
    expect(describeDosage(cyclingRaisedSeat.defaultDosage, { locale: "es", messages: es }).text).toBe(
      "20 minutos, mantén el dolor en 2 sobre 10 o menos, mantén el esfuerzo en 5 sobre 10 o menos, 3 días a la semana",
    );
  });

  it("keeps every strength and stretch dose under the pain rule's mild band (below 3/10)", () => {
    for (const exercise of exercises)
      expect(exercise.defaultDosage.intensity?.painCeiling, exercise.id).toBeLessThan(3);
  });
});
