import { describe, expect, it } from "vitest";
import { es } from "../locales/es";
import { describeDosage } from "./describe-dosage";
import { estimateSessionMinutes } from "./estimate-session";

describe("describeDosage", () => {
  it("writes sets, reps per side and a hold in plain words and compact form", () => {
    const d = describeDosage({ sets: 3, reps: 10, perSide: true, holdSeconds: 5 });
    expect(d.text).toBe("3 sets of 10 repetitions on each side, hold each for 5 seconds");
    expect(d.compact).toBe("3 × 10 · 5s hold each side");
  });

  it("writes the same dosage in Spanish", () => {
    const d = describeDosage({ sets: 3, reps: 10, perSide: true, holdSeconds: 5 }, { locale: "es", messages: es });
    expect(d.text).toBe("3 series de 10 repeticiones por cada lado, mantén cada una 5 segundos");
    expect(d.compact).toContain("por lado");
  });

  it("uses the singular for one set and one repetition", () => {
    expect(describeDosage({ sets: 1, reps: 1 }).text).toBe("1 set of 1 repetition");
  });

  it("describes timed holds such as a plank", () => {
    const d = describeDosage({ sets: 3, holdSeconds: 30, restBetweenSetsSeconds: 60 });
    expect(d.text).toBe("3 holds of 30 seconds, rest 60 seconds between sets");
    expect(d.compact).toBe("3 × 30s hold");
  });

  it("describes tempo, load, pain ceiling, frequency and weeks", () => {
    const d = describeDosage({
      sets: 2,
      reps: 8,
      tempo: { lower: 4, lift: 2 },
      load: { kind: "band", resistance: "light" },
      intensity: { painCeiling: 3 },
      frequency: { timesPerDay: 2, days: ["mon", "wed", "fri"] },
      weeks: 6,
    });
    expect(d.text).toBe(
      "2 sets of 8 repetitions, lower over 4 seconds, lift over 2 seconds, with a light resistance band, " +
        "keep pain at 3 out of 10 or lower, twice a day, on Monday, Wednesday and Friday, for 6 weeks",
    );
  });

  it("converts loads and distances for imperial units", () => {
    expect(describeDosage({ reps: 10, load: { kind: "kg", value: 5 } }, { units: "imperial" }).text).toBe(
      "10 repetitions, with 11 lb",
    );
    expect(describeDosage({ distance: { value: 5, unit: "km" } }, { locale: "en-US" }).text).toBe("3.1 miles");
  });

  it("writes Spanish frequency and days", () => {
    const d = describeDosage({ reps: 10, frequency: { daysPerWeek: 3 } }, { locale: "es", messages: es });
    expect(d.text).toBe("10 repeticiones, 3 días a la semana");
  });
});

describe("estimateSessionMinutes", () => {
  it("counts both sides, holds and rests", () => {
    // 3 sets × 10 reps × (3 s + 5s hold) × 2 sides = 480 s; rests 2 × 2 × 30 s = 120 s → 10 min
    expect(estimateSessionMinutes({ sets: 3, reps: 10, perSide: true, holdSeconds: 5 })).toBe(10);
  });

  it("uses the tempo when given", () => {
    // 2 × 8 × 6 s = 96 s + 1 rest of 60 s = 156 s → 3 min
    expect(estimateSessionMinutes({ sets: 2, reps: 8, tempo: { lower: 4, lift: 2 }, restBetweenSetsSeconds: 60 })).toBe(
      3,
    );
  });

  it("is zero for a dosage with no work", () => {
    expect(estimateSessionMinutes({ weeks: 2 })).toBe(0);
  });
});

describe("describeDosage in Spanish", () => {
  it("writes per-side reps with a hold", () => {
    const d = describeDosage({ sets: 2, reps: 12, perSide: true, holdSeconds: 3 }, { locale: "es", messages: es });
    expect(d.text).toBe("2 series de 12 repeticiones por cada lado, mantén cada una 3 segundos");
    expect(d.compact).toBe("2 × 12 · 3s mantenido por lado");
  });

  it("writes timed holds, such as a plank", () => {
    const d = describeDosage({ sets: 3, holdSeconds: 30, restBetweenSetsSeconds: 60 }, { locale: "es", messages: es });
    expect(d.text).toBe("3 veces manteniendo la postura 30 segundos, descansa 60 segundos entre series");
  });

  it("writes a stretch held on each side", () => {
    const d = describeDosage({ sets: 2, holdSeconds: 30, perSide: true }, { locale: "es", messages: es });
    expect(d.text).toBe("2 veces manteniendo la postura 30 segundos por cada lado");
  });

  it("writes tempo, load and the pain ceiling", () => {
    const d = describeDosage(
      {
        sets: 3,
        reps: 8,
        tempo: { lower: 4, lift: 2 },
        load: { kind: "band", resistance: "light" },
        intensity: { painCeiling: 3 },
      },
      { locale: "es", messages: es },
    );
    expect(d.text).toBe(
      "3 series de 8 repeticiones, baja en 4 segundos, sube en 2 segundos, con una banda elástica suave, " +
        "mantén el dolor en 3 sobre 10 o menos",
    );
  });

  it("writes frequency: times a day, named days and weeks", () => {
    const d = describeDosage(
      { reps: 10, frequency: { timesPerDay: 2, days: ["mon", "wed", "fri"] }, weeks: 6 },
      { locale: "es", messages: es },
    );
    expect(d.text).toBe("10 repeticiones, dos veces al día, los lunes, miércoles y viernes, durante 6 semanas");
  });

  it("writes a timed activity and a distance with decimal commas", () => {
    expect(
      describeDosage({ durationSeconds: 1200, frequency: { daysPerWeek: 3 } }, { locale: "es", messages: es }).text,
    ).toBe("20 minutos, 3 días a la semana");
    expect(describeDosage({ distance: { value: 2.5, unit: "km" } }, { locale: "es", messages: es }).text).toBe(
      "2,5 kilómetros",
    );
  });
});

describe("describeDosage wording details", () => {
  it("orders tempo lift-first when the movement starts with the lift", () => {
    const d = describeDosage({ reps: 10, tempo: { start: "lift", lift: 2, pauseTop: 1, lower: 2 } });
    expect(d.text).toBe("10 repetitions, lift over 2 seconds, pause at the top for 1 second, lower over 2 seconds");
  });

  it("never writes compact minutes as a bare 'm' that reads as metres", () => {
    expect(describeDosage({ sets: 2, durationSeconds: 300 }).compact).toBe("2 × 5 mins");
  });
});
