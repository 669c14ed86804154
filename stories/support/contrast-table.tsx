import { type ContrastCheck, formatRatio } from "@movekit/tokens";

function Swatch({ color }: { color: string }) {
  return <span className="tb-swatch" style={{ background: color }} aria-hidden="true" />;
}

/** The contrast checks as a table: the pair, where it is used, its exact ratio and, for failures, a fix. */
export function ContrastTable({ checks, caption }: { checks: readonly ContrastCheck[]; caption: string }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <div className="tb-table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="tb-table">
        <caption className="mk-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Result</th>
            <th scope="col">Scheme</th>
            <th scope="col">Foreground on background</th>
            <th scope="col">State</th>
            <th scope="col">Used for</th>
            <th scope="col">Ratio</th>
            <th scope="col">Needs</th>
            <th scope="col">Nearest passing colour</th>
          </tr>
        </thead>
        <tbody>
          {checks.map((c) => (
            <tr
              key={`${c.scheme}-${c.foreground.token}-${c.background.token}-${c.state}`}
              data-state={c.passes ? "pass" : "fail"}
            >
              <td>{c.passes ? "Pass" : "Fail"}</td>
              <td>{c.scheme}</td>
              <td>
                <Swatch color={c.foreground.color} />
                {c.foreground.token} {c.foreground.color} on <Swatch color={c.background.color} />
                {c.background.token} {c.background.color}
              </td>
              <td>{c.state}</td>
              <td>{c.usage}</td>
              <td>{formatRatio(c.ratio)}</td>
              <td>{c.required}:1</td>
              <td>
                {c.suggestion ? (
                  <>
                    <Swatch color={c.suggestion.color} />
                    {c.suggestion.token} {c.suggestion.color} ({formatRatio(c.suggestion.ratio)})
                  </>
                ) : (
                  "—"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
