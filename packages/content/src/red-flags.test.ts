import type { RedFlag, RedFlagUrgency } from "@movekit/core";
import { describe, expect, it } from "vitest";
import { exercises, programmes } from "./library";
import { warningSignEvidence } from "./red-flag-evidence";
import { references } from "./references";

const programme = programmes[0];
if (!programme) throw new Error("no programme shipped");
const byId = (id: string) => exercises.find((e) => e.id === id);
const flagsOf = (item: { redFlags: readonly RedFlag[] }) => new Map(item.redFlags.map((f) => [f.id, f]));
const en = (flag: RedFlag | undefined) => `${flag?.text["en-GB"]} ${flag?.action["en-GB"]}`;

// Each warning sign the clinical review asked for: its id, tier, words it must mention and the action it must give.
const CATALOGUE: ReadonlyArray<{ id: string; urgency: RedFlagUrgency; theme: RegExp; action: RegExp }> = [
  { id: "bone-stress-hip", urgency: "urgent", theme: /groin.*running.*night|rest/i, action: /stop running.*same day/i },
  { id: "cauda-equina-signs", urgency: "emergency", theme: /between your legs.*urine.*both legs/i, action: /A&E now/ },
  {
    id: "new-leg-numbness-or-weakness",
    urgency: "urgent",
    theme: /numbness, pins and needles or weakness/i,
    action: /today/,
  },
  { id: "night-pain-or-weight-loss", urgency: "urgent", theme: /night.*weight loss/i, action: /urgent appointment/ },
  { id: "limp-while-still-growing", urgency: "urgent", theme: /growing.*limp.*hip, groin.*knee/i, action: /today/ },
  { id: "cannot-bear-weight", urgency: "urgent", theme: /whatever the cause/, action: /today.*A&E/ },
  { id: "limping-or-changed-stride", urgency: "stop-exercising", theme: /limp/, action: /assessed/ },
  { id: "feeling-faint", urgency: "stop-exercising", theme: /faint/, action: /Stop/ },
  {
    id: "chest-pain-or-breathlessness",
    urgency: "emergency",
    theme: /Chest pain.*breathlessness/,
    action: /emergency/,
  },
  { id: "groin-pain-with-fever", urgency: "urgent", theme: /fever/, action: /same day/ },
];

describe("the warning-sign catalogue", () => {
  const all = flagsOf(programme);

  it.each(CATALOGUE)("the programme carries $id in the $urgency tier with its action", (sign) => {
    const flag = all.get(sign.id);
    expect(flag, sign.id).toBeDefined();
    expect(flag?.urgency).toBe(sign.urgency);
    expect(flag?.text["en-GB"]).toMatch(sign.theme);
    expect(flag?.action["en-GB"]).toMatch(sign.action);
    expect(flag?.text.es && flag.action.es, `${sign.id} in Spanish`).toBeTruthy();
  });

  it("never sends a limp home on foot to tell the physiotherapist later", () => {
    expect(en(all.get("limping-or-changed-stride"))).not.toMatch(/walk home slowly/i);
  });

  it("keeps feeling faint out of the emergency tier and out of the chest-pain sign", () => {
    expect(all.get("chest-pain-or-breathlessness")?.text["en-GB"]).not.toMatch(/faint/i);
    for (const flag of all.values()) if (flag.urgency === "emergency") expect(flag.text["en-GB"]).not.toMatch(/faint/i);
  });

  it("counts not bearing weight whatever the cause, not only after a sudden pain", () => {
    expect(all.get("cannot-bear-weight")?.text["en-GB"]).not.toMatch(
      /^You cannot put weight on the leg, or cannot walk, after/,
    );
  });

  const serious = ["cauda-equina-signs", "new-leg-numbness-or-weakness", "cannot-bear-weight", "bone-stress-hip"];
  it.each(exercises.map((e) => [e.id, e] as const))("%s carries the serious-pathology signs", (_id, exercise) => {
    const ids = exercise.redFlags.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining([...serious, "limp-while-still-growing", "night-pain-or-weight-loss"]));
  });

  it("gives running, cycling and swimming the heart and feeling-faint signs, and standing work the limp rule", () => {
    for (const id of ["walk-run-intervals", "cycling-raised-seat", "swimming"]) {
      expect([...flagsOf(byId(id) ?? { redFlags: [] }).keys()], id).toEqual(
        expect.arrayContaining(["chest-pain-or-breathlessness", "feeling-faint"]),
      );
    }
    for (const id of ["walk-run-intervals", "box-squat", "dynamic-hip-warm-up"]) {
      expect(flagsOf(byId(id) ?? { redFlags: [] }).has("limping-or-changed-stride"), id).toBe(true);
    }
  });

  it("sources every sign that is not a plain stop rule in NHS, NICE, trust or published clinical sources", () => {
    const bySign = (id: string) => warningSignEvidence(programme.redFlags.filter((f) => f.id === id));
    const cited = (id: string) => bySign(id).flatMap((e) => e.references.map((r) => r.citation));
    expect(cited("cauda-equina-signs")).toEqual(
      expect.arrayContaining([references.greenhalgh2018.citation, references.chesterfieldCes.citation]),
    );
    expect(cited("bone-stress-hip")).toContain(references.robertson2017.citation);
    expect(cited("limp-while-still-growing")).toContain(references.peck2017.citation);
    expect(cited("new-leg-numbness-or-weakness")).toContain(references.niceNg59.citation);
    for (const flag of programme.redFlags) {
      if (flag.id === "chest-pain-or-breathlessness" || flag.id === "feeling-faint") continue;
      expect(bySign(flag.id).length, flag.id).toBeGreaterThan(0);
    }
  });
});

describe("the stress-fracture contraindication", () => {
  it.each(["walk-run-intervals", "box-squat", "dynamic-hip-warm-up"])("is absolute on %s", (id) => {
    const c = byId(id)?.contraindications?.find((x) => x.id === "stress-fracture");
    expect(c?.severity).toBe("absolute");
    expect(c?.text["en-GB"]).toMatch(/suspected or confirmed stress fracture/i);
  });

  it("is on every exercise that hops, whenever one is added", () => {
    for (const exercise of exercises.filter((e) => /\bhop/i.test(e.name["en-GB"] ?? ""))) {
      expect(
        exercise.contraindications?.map((c) => c.id),
        exercise.id,
      ).toContain("stress-fracture");
    }
  });
});
