// Swatches for the Foundations page, drawn from the tokens themselves: the names come from @movekit/tokens
// (colorTokens, safetyTiers, foundationTokens) and every value shown is read back from the CSS custom property in
// the story's theme scope, so the page shows what the current theme really resolves to, never a copied value.
import { type ColorToken, colorTokens, type SafetyTier, safetyTiers, tierTokens } from "@movekit/tokens";
import { type ReactNode, useLayoutEffect, useRef, useState } from "react";
import { foundationTokens } from "../../packages/tokens/src/tokens";

const declared = foundationTokens();
/** Non-colour token names by family prefix ("space-", "text-", …), in the order the tokens declare them. */
export const tokenNames = (prefix: string): string[] => Object.keys(declared).filter((name) => name.startsWith(prefix));

/** Reads `--mk-<name>` for each name from the element's computed style, after it is in the page. */
function useTokenValues(names: readonly string[]) {
  const ref = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const key = names.join(",");
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const style = getComputedStyle(el);
    setValues(Object.fromEntries(key.split(",").map((n) => [n, style.getPropertyValue(`--mk-${n}`).trim()])));
  }, [key]);
  return { ref, values };
}

function Section({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  const id = `foundations-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="sb-foundations__section">
      <h2 id={id}>{title}</h2>
      <p>{intro}</p>
      {children}
    </section>
  );
}

/** Every colour role except the tiers, as a swatch with its token name and resolved value. */
export function ColourSwatches() {
  const names = colorTokens.filter((t) => !t.includes("tier-")).map((t) => `color-${t}`);
  const { ref, values } = useTokenValues(names);
  return (
    <Section title="Colour" intro="Semantic roles. Each background has an on- colour for text on it.">
      <div ref={ref} className="sb-foundations__grid">
        {colorTokens
          .filter((t) => !t.includes("tier-"))
          .map((token: ColorToken) => (
            <figure key={token} className="sb-foundations__swatch">
              <span className="sb-foundations__chip" style={{ background: `var(--mk-color-${token})` }} />
              <figcaption>
                <code>--mk-color-{token}</code>
                <span>{values[`color-${token}`]}</span>
              </figcaption>
            </figure>
          ))}
      </div>
    </Section>
  );
}

const TIER_WORDS: Record<SafetyTier, string> = {
  emergency: "Emergency",
  urgent: "Urgent",
  "stop-exercising": "Stop exercising",
  "non-urgent": "Non-urgent",
};

/** The four care-card tiers: band and body, with real text in each pair. Clinical, not brand: no theme moves them. */
export function TierSwatches() {
  const names = safetyTiers.flatMap((tier) => Object.values(tierTokens(tier)).map((t) => `color-${t}`));
  const { ref, values } = useTokenValues(names);
  return (
    <Section
      title="Severity tiers"
      intro="Fixed by the kit for each scheme. A clinic theme cannot change them; the tier is also said in words."
    >
      <div ref={ref} className="sb-foundations__grid">
        {safetyTiers.map((tier) => {
          const t = tierTokens(tier);
          return (
            <figure key={tier} className="sb-foundations__tier">
              <span style={{ background: `var(--mk-color-${t.band})`, color: `var(--mk-color-${t.onBand})` }}>
                {TIER_WORDS[tier]}
              </span>
              <span style={{ background: `var(--mk-color-${t.surface})`, color: `var(--mk-color-${t.onSurface})` }}>
                {values[`color-${t.band}`]} / {values[`color-${t.surface}`]}
              </span>
              <figcaption>
                <code>--mk-color-tier-{tier}</code>
              </figcaption>
            </figure>
          );
        })}
      </div>
    </Section>
  );
}

/** The type roles (`--mk-text-*`) with their line heights and the vertical rhythm (`--mk-flow*`). */
export function TypeScale() {
  const roles = tokenNames("text-");
  const names = [...roles, ...tokenNames("leading-"), ...tokenNames("flow"), "font-family"];
  const { ref, values } = useTokenValues(names);
  const leading = (role: string) =>
    role === "text-title"
      ? "var(--mk-leading-title)"
      : role === "text-heading"
        ? "var(--mk-leading-heading)"
        : "var(--mk-leading-body)";
  return (
    <Section title="Type" intro="One size per role, so a page title clearly outranks its section headings.">
      <div ref={ref} className="sb-foundations__stack">
        {roles.map((role) => (
          <div key={role} className="sb-foundations__type">
            <p style={{ fontSize: `var(--mk-${role})`, lineHeight: leading(role), margin: 0 }}>
              {role.replace("text-", "").replace(/^\w/, (c) => c.toUpperCase())}: Lift your hips from the floor
            </p>
            <code>
              --mk-{role}: {values[role]}
            </code>
          </div>
        ))}
        <dl className="sb-foundations__values">
          {[...tokenNames("leading-"), ...tokenNames("flow"), "font-family"].map((name) => (
            <div key={name}>
              <dt>
                <code>--mk-{name}</code>
              </dt>
              <dd>{values[name]}</dd>
            </div>
          ))}
        </dl>
      </div>
    </Section>
  );
}

/** Spacing steps as bars, radius as boxes, with the values the current density and theme give. */
export function SpaceAndRadius() {
  const space = tokenNames("space-");
  const radius = tokenNames("radius-");
  const { ref, values } = useTokenValues([...space, ...radius, "target-size"]);
  return (
    <Section title="Spacing and radius" intro="Spacing follows --mk-density; targets never drop below 24 px.">
      <div ref={ref} className="sb-foundations__stack">
        {space.map((name) => (
          <div key={name} className="sb-foundations__space">
            <span className="sb-foundations__bar" style={{ inlineSize: `var(--mk-${name})` }} />
            <code>
              --mk-{name}: {values[name]}
            </code>
          </div>
        ))}
        <div className="sb-foundations__grid">
          {radius.map((name) => (
            <figure key={name} className="sb-foundations__swatch">
              <span className="sb-foundations__chip" style={{ borderRadius: `var(--mk-${name})` }} />
              <figcaption>
                <code>--mk-{name}</code>
                <span>{values[name]}</span>
              </figcaption>
            </figure>
          ))}
        </div>
        <p>
          <code>--mk-target-size</code>: {values["target-size"]}
        </p>
      </div>
    </Section>
  );
}

/** Motion durations and easing (zero under reduced motion), and the focus ring every control draws. */
export function MotionAndFocus() {
  const motion = tokenNames("motion-");
  const focus = tokenNames("focus-");
  const { ref, values } = useTokenValues([...motion, ...focus, "color-focus", "color-focus-ring"]);
  return (
    <Section title="Motion and focus" intro="Durations drop to 0 ms under reduced motion. Focus is a two-colour ring.">
      <div ref={ref} className="sb-foundations__stack">
        <dl className="sb-foundations__values">
          {[...motion, ...focus, "color-focus", "color-focus-ring"].map((name) => (
            <div key={name}>
              <dt>
                <code>--mk-{name}</code>
              </dt>
              <dd>{values[name]}</dd>
            </div>
          ))}
        </dl>
        <span className="sb-foundations__focus">A focused control looks like this</span>
      </div>
    </Section>
  );
}
