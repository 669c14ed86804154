// Render budget verdicts (bench/budgets.json → `render`). Two kinds of check, both robust to how busy the
// machine is:
// - ratio: the component's figure divided by the plain baseline measured in the same page, run and CPU rate
//   (both slow down together on a busy machine);
// - absolute: a limit in ms (one frame per keystroke) multiplied by the run's calibration factor, the cell's
//   median calibration workload time over the reference machine's (a busy machine is given room in
//   proportion, a fast machine gets a tighter limit, so it cannot hide a regression).
// A check that cannot be made (no baseline, no cell) is a breach: a budget never passes by going unmeasured.
import { markdown, ms } from "./render-report.mjs";

/** This cell's calibration over the reference: >1 means the machine ran slower than the reference one. */
export function calibrationFactor(cell, budgets) {
  const reference = budgets.render?.calibration?.referenceMs;
  if (!reference || typeof cell?.calibration !== "number") return undefined;
  return cell.calibration / reference;
}

const rates = (limits) => Object.entries(limits ?? {}).map(([rate, limit]) => [Number.parseFloat(rate), limit]);

function ratioCheck(what, cpu, cell, baseline, key, limit) {
  const actual = cell?.[key];
  const against = baseline?.[key];
  if (actual === undefined || !against) return { what, cpu, kind: "ratio", limit, actual, against, ok: false };
  const ratio = actual / against;
  return { what, cpu, kind: "ratio", limit, actual, against, ratio, ok: ratio <= limit };
}

function absoluteCheck(what, cpu, cell, key, limit, budgets) {
  const actual = cell?.[key];
  const factor = calibrationFactor(cell, budgets);
  // Without a calibration the limit stands as written (and the table says so).
  const scaled = limit * (factor ?? 1);
  return { what, cpu, kind: "absolute", limit, scaled, factor, actual, ok: actual !== undefined && actual <= scaled };
}

/** Every render check for the measured cells, in budget order. */
export function judgeRender({ library = [], programme = [], video = [] }, budgets) {
  const render = budgets.render ?? {};
  const checks = [];
  const find = (cells, variant, cpu, size) =>
    cells.find((c) => c.variant === variant && c.cpu === cpu && (size === undefined || c.size === size));

  const lib = render["exercise-library"];
  if (lib) {
    const name = `ExerciseLibrary ${lib.size.toLocaleString("en-GB")}`;
    for (const [cpu, limit] of rates(lib.keystrokeVsBaseline)) {
      const cell = find(library, "library", cpu, lib.size);
      const base = find(library, "baseline", cpu, lib.size);
      checks.push(ratioCheck(`${name}: slowest keystroke`, cpu, cell, base, "worstStep", limit));
    }
    for (const [cpu, limit] of rates(lib.keystrokeMs)) {
      const cell = find(library, "library", cpu, lib.size);
      checks.push(absoluteCheck(`${name}: slowest keystroke`, cpu, cell, "worstStep", limit, budgets));
    }
    for (const [cpu, limit] of rates(lib.initialMs)) {
      const cell = find(library, "library", cpu, lib.size);
      checks.push(absoluteCheck(`${name}: initial render`, cpu, cell, "initialPaint", limit, budgets));
    }
  }

  const prog = render["programme-view"];
  if (prog) {
    const name = `ProgrammeView ${prog.weeks} weeks`;
    for (const [cpu, limit] of rates(prog.firstPaintVsBaseline)) {
      const [cell, base] = [find(programme, "programme-view", cpu), find(programme, "baseline", cpu)];
      checks.push(ratioCheck(`${name}: first paint`, cpu, cell, base, "initialPaint", limit));
    }
    for (const [cpu, limit] of rates(prog.completeVsBaseline)) {
      const [cell, base] = [find(programme, "programme-view", cpu), find(programme, "baseline", cpu)];
      checks.push(ratioCheck(`${name}: every part painted`, cpu, cell, base, "complete", limit));
    }
    for (const [cpu, limit] of rates(prog.firstPaintMs)) {
      const cell = find(programme, "programme-view", cpu);
      checks.push(absoluteCheck(`${name}: first paint`, cpu, cell, "initialPaint", limit, budgets));
    }
  }

  const poster = render["exercise-video"];
  if (poster) {
    for (const [cpu, limit] of rates(poster.posterVsBaseline)) {
      const [cell, base] = [find(video, "exercise-video", cpu), find(video, "baseline", cpu)];
      checks.push(ratioCheck("ExerciseVideo: poster painted", cpu, cell, base, "initialPaint", limit));
    }
  }
  return checks;
}

const x = (n) => (n === undefined ? "–" : `${n.toFixed(n < 0.1 ? 4 : 2)}×`);

/** What the check compared, in words for the table and the breach list. */
function describe(check) {
  if (check.kind === "ratio") {
    if (check.ratio === undefined)
      return `not measured (component ${ms(check.actual)} ms, baseline ${ms(check.against)} ms)`;
    return `${ms(check.actual)} ms / baseline ${ms(check.against)} ms = ${x(check.ratio)} (limit ${x(check.limit)})`;
  }
  const calibration = check.factor === undefined ? "uncalibrated" : `calibration ${x(check.factor)}`;
  return `${ms(check.actual)} ms (limit ${ms(check.limit)} ms × ${calibration} = ${ms(check.scaled)} ms)`;
}

/** One line per failed check, for `pnpm bench`'s breach list. */
export function renderBreaches(checks) {
  return checks.filter((check) => !check.ok).map((check) => `${check.what}, ${check.cpu}× CPU: ${describe(check)}`);
}

/** The verdict table printed after the render tables. */
export function verdictTable(checks) {
  const rows = checks.map((check) => [
    check.what,
    `${check.cpu}×`,
    check.kind,
    describe(check),
    check.ok ? "ok" : "BREACH",
  ]);
  return markdown(["budget", "CPU", "kind", "measured", "result"], rows, 3);
}
