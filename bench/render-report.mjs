// Pure helpers of the render benchmark: medians and the printed tables (bench/render.mjs measures; the budget
// verdicts are in bench/render-judge.mjs). Unit-tested on their own.

/** Typing "squat" one letter at a time, then clearing the field (which brings every exercise back). */
export const KEYSTROKES = ["s", "sq", "squ", "squa", "squat", ""];

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** The median of the values that are numbers; undefined when there are none. */
function defined(values) {
  const numbers = values.filter((value) => typeof value === "number");
  return numbers.length ? median(numbers) : undefined;
}
export const ms = (n) => (n === undefined ? "–" : n >= 100 ? n.toFixed(0) : n.toFixed(1));
const ratio = (a, b) => (a === undefined || !b ? "–" : `${(a / b).toFixed(2)}×`);

/**
 * Medians over runs. The first keystroke after a page load also pays a one-off compile of React's update
 * code (~15–25 ms here, whatever the list size), so it is reported on its own ("cold"); the per-step
 * columns come from the second typing cycle when there is one.
 */
export function summarise(runs) {
  const cycle = (run) => run.keystrokes?.at(-1) ?? [];
  const stepCount = cycle(runs[0]).length;
  const perStep = (key) => Array.from({ length: stepCount }, (_, i) => median(runs.map((run) => cycle(run)[i][key])));
  const steps = perStep("paint");
  const echoes = perStep("echo");
  const worstIndex = steps.indexOf(Math.max(...steps));
  return {
    // The slowest single run of the slowest step: its phase of the frame was the least lucky.
    worstRun: stepCount ? Math.max(...runs.map((run) => cycle(run)[worstIndex].paint)) : undefined,
    // Until every part is painted (ProgrammeView paints its top first); the first paint where there is no more.
    complete: median(runs.map((run) => run.complete ?? run.initial.paint)),
    // The same view mounted again in the same page (its code run, its fonts and formatters made): the render
    // without the costs of first use. Only the programme page measures it.
    again: defined(runs.map((run) => run.again)),
    shell: median(runs.map((run) => run.shell ?? 0)),
    initialPaint: median(runs.map((run) => run.initial.paint)),
    initialCommit: median(runs.map((run) => run.initial.commit)),
    initialMin: Math.min(...runs.map((run) => run.initial.paint)),
    initialMax: Math.max(...runs.map((run) => run.initial.paint)),
    cold: stepCount ? median(runs.map((run) => run.keystrokes[0][0].paint)) : undefined,
    warm: runs.every((run) => (run.keystrokes?.length ?? 0) > 1),
    steps,
    worstStep: steps.length ? Math.max(...steps) : undefined,
    worstEcho: echoes.length ? Math.max(...echoes) : undefined,
    nodes: median(runs.map((run) => run.nodes)),
    // The calibration workload's median over the cell's page loads (ms at 1×), for scaling absolute limits.
    calibration: defined(runs.map((run) => run.calibration)),
  };
}

export function libraryTable(cells) {
  const head = [
    "CPU",
    "N",
    "variant",
    "runs",
    "DOM nodes",
    "initial: commit",
    "initial → paint (min–max)",
    "first keystroke (cold)",
    ...KEYSTROKES.map((q) => (q ? `"${q}"` : "clear")),
    "worst keystroke",
    "its slowest run",
    "worst letter echo",
    "× baseline (initial / worst keystroke)",
    "calibration",
  ];
  const rows = cells.map((cell) => {
    const baseline = cells.find((c) => c.cpu === cell.cpu && c.size === cell.size && c.variant === "baseline");
    return [
      `${cell.cpu}×`,
      cell.size.toLocaleString("en-GB"),
      cell.variant,
      String(cell.runs),
      String(cell.nodes),
      ms(cell.initialCommit),
      `${ms(cell.initialPaint)} (${ms(cell.initialMin)}–${ms(cell.initialMax)})`,
      ms(cell.cold),
      ...cell.steps.map((step) => `${ms(step)}${cell.warm ? "" : " ¹"}`),
      ms(cell.worstStep),
      ms(cell.worstRun),
      ms(cell.worstEcho),
      cell.variant === "baseline"
        ? "1×"
        : `${ratio(cell.initialPaint, baseline?.initialPaint)} / ${ratio(cell.worstStep, baseline?.worstStep)}`,
      ms(cell.calibration),
    ];
  });
  return markdown(head, rows, 3);
}

export function programmeTable(cells) {
  const head = [
    "CPU",
    "variant",
    "runs",
    "DOM nodes in first paint",
    "commit",
    "render → next paint (min–max)",
    "× baseline",
    "every part painted",
    "× baseline",
    "mounted again",
    "× baseline",
    "app shell before it (one-off)",
    "calibration",
  ];
  const rows = cells.map((cell) => {
    const baseline = cells.find((c) => c.cpu === cell.cpu && c.variant === "baseline");
    const own = cell.variant === "baseline";
    return [
      `${cell.cpu}×`,
      cell.variant,
      String(cell.runs),
      String(cell.nodes),
      ms(cell.initialCommit),
      `${ms(cell.initialPaint)} (${ms(cell.initialMin)}–${ms(cell.initialMax)})`,
      own ? "1×" : ratio(cell.initialPaint, baseline?.initialPaint),
      ms(cell.complete),
      own ? "1×" : ratio(cell.complete, baseline?.complete),
      ms(cell.again),
      own ? "1×" : ratio(cell.again, baseline?.again),
      ms(cell.shell),
      ms(cell.calibration),
    ];
  });
  return markdown(head, rows, 2);
}

/** The poster page: render → poster painted (largest-contentful-paint entry), against a plain `<video poster>`. */
export function posterTable(cells) {
  const head = ["CPU", "variant", "runs", "commit", "render → poster painted (min–max)", "× baseline", "calibration"];
  const rows = cells.map((cell) => {
    const baseline = cells.find((c) => c.cpu === cell.cpu && c.variant === "baseline");
    return [
      `${cell.cpu}×`,
      cell.variant,
      String(cell.runs),
      ms(cell.initialCommit),
      `${ms(cell.initialPaint)} (${ms(cell.initialMin)}–${ms(cell.initialMax)})`,
      cell.variant === "baseline" ? "1×" : ratio(cell.initialPaint, baseline?.initialPaint),
      ms(cell.calibration),
    ];
  });
  return markdown(head, rows, 2);
}

/** A Markdown table; the first `left` columns are labels, the rest right-aligned numbers. */
export function markdown(head, rows, left) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map((_, i) => (i < left ? "---" : "---:"))), ...rows.map(line)].join("\n");
}
