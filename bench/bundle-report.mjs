// Pure helpers of the byte benchmark: judging rows against bench/budgets.json → `bundle` and the printed
// table. The up-front bytes (entry chunk plus its static imports, gzip level 9, React external) are what a
// budget judges; lazy bytes are printed beside them. Unit-tested in bundle-report.test.mjs.

export const kb = (n) => (n === undefined ? "–" : `${(n / 1024).toFixed(2)} kB`);

/** One verdict per budgeted figure of a row: up front (always judged) and `own` where a row keeps one. */
export function judgeBundle(row, budget = {}) {
  const checks = [];
  if (budget.upFront !== undefined) {
    checks.push({ kind: "up front", actual: row.upFront.gzip, limit: budget.upFront });
  }
  if (budget.own !== undefined && row.own) {
    checks.push({ kind: "own, up front", actual: row.own.gzip, limit: budget.own });
  }
  return checks.map((check) => ({ ...check, ratio: check.actual / check.limit, ok: check.actual <= check.limit }));
}

/** Breach lines for every row and check over its budget. */
export function bundleBreaches(rows, budgets) {
  const breaches = [];
  for (const row of rows) {
    for (const check of judgeBundle(row, budgets.bundle?.[row.name])) {
      if (!check.ok) {
        breaches.push(`${label(row)} ${check.kind}: ${kb(check.actual)} > ${kb(check.limit)} (${pct(check.ratio)})`);
      }
    }
  }
  return breaches;
}

/** Budgets that name a row no entry produced: a renamed or removed entry must not drop its budget silently. */
export function orphanBudgets(rows, budgets) {
  const names = new Set(rows.map((row) => row.name));
  return Object.keys(budgets.bundle ?? {}).filter((name) => !name.startsWith("$") && !names.has(name));
}

const pct = (ratio) => `${(ratio * 100).toFixed(0)} %`;
const label = (row) => (row.component ? `${row.name} (${row.component})` : row.name);

/** The Markdown table: entry | up front | lazy | budget | ratio / OK. */
export function bundleTable(rows, budgets) {
  const head = ["entry", "up front (gzip)", "chunks", "lazy (gzip)", "up front (min)", "budget", "ratio / OK"];
  const lines = rows.map((row) => {
    const checks = judgeBundle(row, budgets.bundle?.[row.name]);
    const budget = checks.map((check) => `${check.kind} ≤ ${kb(check.limit)}`).join("; ");
    const verdict = checks.map((check) => `${pct(check.ratio)} ${check.ok ? "ok" : "BREACH"}`).join("; ");
    return [
      label(row),
      row.own ? `${kb(row.upFront.gzip)} (own ${kb(row.own.gzip)})` : kb(row.upFront.gzip),
      String(row.upFront.chunks),
      row.lazy.chunks ? `${kb(row.lazy.gzip)} (${row.lazy.chunks})` : "–",
      kb(row.upFront.min),
      budget || (row.reference ? "(reference)" : "—"),
      verdict || "—",
    ];
  });
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map((_, i) => (i === 0 ? "---" : "---:"))), ...lines.map(line)].join("\n");
}
