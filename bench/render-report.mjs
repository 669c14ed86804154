// Pure helpers of the render benchmark: medians, the printed tables and the budget check (bench/render.mjs
// measures; this file only turns measurements into numbers and verdicts, so it is unit-tested on its own).

/** Typing "squat" one letter at a time, then clearing the field (which brings every exercise back). */
export const KEYSTROKES = ["s", "sq", "squ", "squa", "squat", ""];

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
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
    "app shell before it (one-off)",
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
      ms(cell.shell),
    ];
  });
  return markdown(head, rows, 2);
}

/** A Markdown table; the first `left` columns are labels, the rest right-aligned numbers. */
function markdown(head, rows, left) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map((_, i) => (i < left ? "---" : "---:"))), ...rows.map(line)].join("\n");
}

/** Checks the library and programme cells against `budgets.render`; returns one line per breach. */
export function renderBreaches(libraryCells, programmeCells, budgets) {
  const breaches = [];
  const library = budgets.render?.["exercise-library"];
  if (library) {
    for (const cell of libraryCells) {
      if (cell.variant !== "library" || cell.size !== library.size) continue;
      const keystroke = library.keystroke?.[`${cell.cpu}x`];
      if (keystroke !== undefined && cell.worstStep > keystroke)
        breaches.push(
          `ExerciseLibrary ${cell.size} exercises, ${cell.cpu}× CPU: slowest keystroke ${ms(cell.worstStep)} ms > ${keystroke} ms`,
        );
      const initial = library.initial?.[`${cell.cpu}x`];
      if (initial !== undefined && cell.initialPaint > initial)
        breaches.push(
          `ExerciseLibrary ${cell.size} exercises, ${cell.cpu}× CPU: initial render ${ms(cell.initialPaint)} ms > ${initial} ms`,
        );
    }
  }
  const programme = budgets.render?.["programme-view"];
  if (programme) {
    for (const cell of programmeCells) {
      if (cell.variant !== "programme-view") continue;
      const initial = programme.initial?.[`${cell.cpu}x`];
      if (initial !== undefined && cell.initialPaint > initial)
        breaches.push(`ProgrammeView 12 weeks, ${cell.cpu}× CPU: render ${ms(cell.initialPaint)} ms > ${initial} ms`);
    }
  }
  return breaches;
}
