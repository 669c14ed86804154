// The calibration workload: a fixed piece of JavaScript that does the kinds of work a render does (string
// building, sorting, Map lookups, allocating small objects), timed in the page before each measurement. Its
// median over a few repetitions, divided by the figure recorded on a quiet reference machine
// (bench/budgets.json → render.calibration.referenceMs), says how fast this machine is right now; absolute
// limits such as "one frame per keystroke" are scaled by that factor (bench/render-report.mjs). Changing
// this workload changes the factor: re-record the reference figure in the same commit.

const SIZE = 12_000;

/** One pass of the workload; returns a checksum so the engine cannot drop the work. */
function workload(): number {
  const words: string[] = [];
  for (let i = 0; i < SIZE; i++) words.push(`exercise-${(i * 7919) % 10_007}-${i % 13}`);
  words.sort();
  const lengths = new Map<string, number>();
  for (const word of words) lengths.set(word.slice(0, 12), (lengths.get(word.slice(0, 12)) ?? 0) + word.length);
  let sum = 0;
  for (const [key, value] of lengths) sum += value + key.charCodeAt(key.length - 1);
  const rows = words.map((word, id) => ({ id, name: word.toUpperCase(), tags: [word.slice(0, 3), word.slice(-2)] }));
  for (const row of rows) if (row.tags[1] === "-1") sum += row.id;
  return sum;
}

let sink = 0;

/** Median ms of `repeats` passes, after one untimed pass that lets the engine compile the code. */
export function calibrate(repeats = 7): number {
  sink += workload();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    sink += workload();
    times.push(performance.now() - start);
  }
  if (sink === -1) console.info(sink); // never true; keeps the checksum observable
  return times.sort((a, b) => a - b)[times.length >> 1] ?? 0;
}
