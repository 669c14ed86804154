import { render } from "@testing-library/react";
import { it } from "vitest";
import { cdp } from "vitest/browser";
import { MovekitProvider } from "../movekit-provider/movekit-provider";
import { fixtureExercises, twelveWeekProgramme } from "./programme-fixtures";
import { ProgrammeView } from "./programme-view";

it("profile", async () => {
  const programme = twelveWeekProgramme();
  const props = { startDate: "2025-01-06", today: "2025-02-10" };
  for (let r = 0; r < 4; r++) {
    const v = render(<MovekitProvider><ProgrammeView programme={programme} exercises={fixtureExercises} {...props} /></MovekitProvider>);
    v.unmount();
  }
  const s = cdp();
  await s.send("Profiler.enable");
  await s.send("Profiler.setSamplingInterval", { interval: 100 });
  await s.send("Profiler.start");
  for (let r = 0; r < 5; r++) {
    const v = render(<MovekitProvider><ProgrammeView programme={programme} exercises={fixtureExercises} {...props} /></MovekitProvider>);
    v.unmount();
  }
  const { profile } = (await s.send("Profiler.stop")) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number; children?: number[] }[] } };
  const self = new Map<string, number>();
  let total = 0;
  for (const n of profile.nodes) {
    const key = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").slice(-1)[0]?.split("?")[0]}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + n.hitCount);
    total += n.hitCount;
  }
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40);
  console.info(`total ${total}\n` + top.map(([k, v]) => `${((v / total) * 100).toFixed(1)}% ${k}`).join("\n"));
});
