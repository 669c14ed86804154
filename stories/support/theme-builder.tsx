import {
  createTheme,
  type Density,
  parseColor,
  type RadiusPreset,
  type SchemeMode,
  type Theme,
  type TierCheck,
  toHex,
} from "@movekit/tokens";
import { type ReactNode, useId, useState } from "react";
import { ContrastTable } from "./contrast-table";
import { ThemeSamples, TierSamples, TokenSamples } from "./theme-samples";
import "./theme-builder.css";

const PREVIEW = "builder-preview";

interface ColourFieldProps {
  label: string;
  hint?: string;
  value: string;
  onChange: (hex: string) => void;
}

/** A hex text field with a native picker beside it; the text field reports colours it cannot read. */
function ColourField({ label, hint, value, onChange }: ColourFieldProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  // Follow changes made elsewhere (the picker, "use suggested accent"), but not the echo of our own typing:
  // "#ffd" is already a colour (#ffffdd) while someone is on the way to typing "#ffdd00".
  if (value !== shown) {
    setShown(value);
    if (!parseColor(text) || toHex(text) !== value) setText(value);
  }
  const valid = parseColor(text) !== undefined;
  return (
    <div className="tb-field">
      <label htmlFor={`${id}-text`}>{label}</label>
      {hint && (
        <p className="tb-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="tb-colour">
        <input
          type="color"
          value={value}
          aria-label={`${label}: picker`}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
        <input
          id={`${id}-text`}
          type="text"
          value={text}
          spellCheck={false}
          aria-invalid={!valid}
          aria-describedby={[hint && `${id}-hint`, !valid && `${id}-error`].filter(Boolean).join(" ") || undefined}
          onChange={(event) => {
            const next = event.currentTarget.value;
            setText(next);
            if (parseColor(next)) onChange(toHex(next));
          }}
        />
      </div>
      {!valid && (
        <p className="tb-error" id={`${id}-error`}>
          Not a colour yet: use a hex value like #00707a.
        </p>
      )}
    </div>
  );
}

function Select<T extends string>(props: { label: string; value: T; options: readonly T[]; onChange: (v: T) => void }) {
  const id = useId();
  return (
    <div className="tb-field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as T)}>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </div>
  );
}

function Toggle({ label, checked, onChange }: { label: string; checked: boolean; onChange: (on: boolean) => void }) {
  const id = useId();
  return (
    <div className="tb-field tb-toggle">
      <span className="tb-label">
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />{" "}
        <label htmlFor={id}>{label}</label>
      </span>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="tb-section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Swatch({ color }: { color: string }) {
  return <span className="tb-swatch" style={{ background: color }} aria-hidden="true" />;
}

/** Failed care-card tier checks: which two colours are too alike, and by how much. */
function TierFailures({ failures }: { failures: readonly TierCheck[] }) {
  return (
    <div role="region" aria-label="Failing care-card tier checks" className="tb-tier-failures">
      <h3>Care-card tiers too alike</h3>
      <ul>
        {failures.map((f) => (
          <li key={`${f.scheme}-${f.first.token}-${f.second.token}`} data-state="fail">
            <Swatch color={f.first.color} />
            <Swatch color={f.second.color} /> {f.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface ThemeBuilderProps {
  /** The brand colour the page opens with. */
  initialBrand?: string;
  /** What the preview shows: the token samples and every component, or only the token samples and care cards. */
  preview?: "all" | "tiers";
}

/**
 * Pick a brand colour and options; see createTheme's contrast report live and the kit re-themed with the result.
 * The preview is the generated CSS in a `<style>` element scoped to its own `data-mk-theme`, as a clinic ships it.
 */
export function ThemeBuilder({ initialBrand = "#00707a", preview: shown = "all" }: ThemeBuilderProps) {
  const [brand, setBrand] = useState(toHex(initialBrand));
  const [accent, setAccent] = useState<string | undefined>(undefined);
  const [neutral, setNeutral] = useState<string | undefined>(undefined);
  const [font, setFont] = useState<"sans" | "serif" | "rounded">("sans");
  const [radius, setRadius] = useState<RadiusPreset>("medium");
  const [density, setDensity] = useState<Density>("default");
  const [scheme, setScheme] = useState<SchemeMode>("light");
  const [previewScheme, setPreviewScheme] = useState<"light" | "dark">("light");

  // A theme takes a few milliseconds to derive and check, so it is simply rebuilt on every change.
  const options = { brand, accent, neutral, font, radius, density, name: PREVIEW };
  // The builder asks for the CSS explicitly (allowFailing) so a refused theme can still be previewed and its
  // problems seen; the CSS itself is offered only when report.ok, exactly as createTheme would hand it out.
  const theme: Theme = createTheme({ ...options, scheme }, { allowFailing: true });
  const css = theme.report.ok ? theme.css : undefined;
  // "auto" ships both schemes; the preview shows one at a time so each can be inspected.
  const shownScheme = scheme === "auto" ? previewScheme : scheme;
  const preview = scheme === "auto" ? createTheme({ ...options, scheme: shownScheme }, { allowFailing: true }) : theme;
  const { report } = theme;
  const total = report.checks.length + report.tiers.checks.length;

  return (
    <div className="tb">
      <fieldset className="tb-form">
        <legend>Clinic brand</legend>
        <ColourField label="Brand colour" value={brand} onChange={setBrand} hint="Tints panels; also the accent." />
        <Toggle
          label="Separate accent colour"
          checked={accent !== undefined}
          onChange={(on) => setAccent(on ? brand : undefined)}
        />
        {accent !== undefined && (
          <ColourField
            label="Accent colour"
            value={accent}
            onChange={setAccent}
            hint="For links and buttons when the brand colour is too light or dark."
          />
        )}
        <Toggle
          label="Tint the greys"
          checked={neutral !== undefined}
          onChange={(on) => setNeutral(on ? "#6b645c" : undefined)}
        />
        {neutral !== undefined && (
          <ColourField label="Neutral colour" value={neutral} onChange={setNeutral} hint="Its hue tints greys." />
        )}
        <Select label="Font" value={font} options={["sans", "serif", "rounded"] as const} onChange={setFont} />
        <Select
          label="Corners"
          value={radius}
          options={["none", "small", "medium", "large"] as const}
          onChange={setRadius}
        />
        <Select
          label="Density"
          value={density}
          options={["compact", "default", "comfortable"] as const}
          onChange={setDensity}
        />
        <Select label="Scheme" value={scheme} options={["light", "dark", "auto"] as const} onChange={setScheme} />
        {scheme === "auto" && (
          <Select
            label="Preview scheme"
            value={previewScheme}
            options={["light", "dark"] as const}
            onChange={setPreviewScheme}
          />
        )}
      </fieldset>

      <Section title="Contrast report">
        <p className="tb-status" role="status" data-state={report.ok ? "pass" : "fail"}>
          {report.ok
            ? `Pass: all ${report.checks.length} contrast checks meet WCAG AA and the care-card tiers stay distinct.`
            : `Fail: ${report.problems.length} of ${total} checks fail (${report.failures.length} contrast, ${report.tiers.failures.length} care-card tier). No stylesheet is made for this theme.`}
        </p>
        {report.suggestedAccent && (
          <p>
            <button type="button" className="tb-button" onClick={() => setAccent(report.suggestedAccent)}>
              Use suggested accent {report.suggestedAccent}
            </button>{" "}
            <span className="tb-hint">The nearest accent to yours with which every check passes.</span>
          </p>
        )}
        {report.tiers.failures.length > 0 && <TierFailures failures={report.tiers.failures} />}
        {report.failures.length > 0 && <ContrastTable checks={report.failures} caption="Failing contrast checks" />}
        <details>
          <summary>All {report.checks.length} checks</summary>
          <ContrastTable checks={report.checks} caption="All contrast checks" />
        </details>
      </Section>

      <Section title={report.ok ? `Preview (${shownScheme})` : `Preview (${shownScheme}) of the refused theme`}>
        <style>{preview.css}</style>
        <div className="tb-preview" data-mk-theme={PREVIEW} data-testid="theme-preview">
          {shown === "all" ? (
            <ThemeSamples />
          ) : (
            <>
              <TokenSamples />
              <TierSamples />
            </>
          )}
        </div>
      </Section>

      <Section title="Theme CSS">
        {css === undefined ? (
          <p className="tb-error" data-testid="no-css">
            No CSS: createTheme refuses a theme that fails any check. Fix the problems above first.
          </p>
        ) : (
          <>
            <p className="tb-hint">
              Save as a file, load it after @movekit/react/styles.css and set data-mk-theme="{PREVIEW}" (rename with the
              name option or the CLI).
            </p>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
            <pre className="tb-code" tabIndex={0} role="region" aria-label="Generated theme CSS">
              {css}
            </pre>
          </>
        )}
      </Section>
    </div>
  );
}
