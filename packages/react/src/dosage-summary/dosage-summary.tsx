import {
  amountKind,
  type Catalogue,
  createTranslator,
  type Dosage,
  describeDosage,
  dosageMessages,
  estimateSessionMinutes,
  type Locale,
  type UnitSystem,
} from "@movekit/core";
import { type ComponentPropsWithoutRef, type ForwardedRef, forwardRef } from "react";
import { cx } from "../internal/class-names";

/** The message bundles this component shows strings from. */
const BUNDLES = [dosageMessages];

export interface DosageSummaryProps extends Omit<ComponentPropsWithoutRef<"div">, "children"> {
  /** What to do and how much, from the exercise or programme content. */
  dosage: Dosage;
  /** BCP 47 locale for wording and numbers. @default "en-GB" */
  locale?: Locale | string;
  /** Unit system for loads and distances. @default "metric" (en-US: "imperial") */
  units?: UnitSystem;
  /**
   * `default` shows the compact form, plain words and time; `compact` shows only the short form
   * (plain words stay available to screen readers).
   * @default "default"
   * @selector [data-variant]
   */
  variant?: "default" | "compact";
  /** Show the estimated time for one bout. @default true */
  showSessionTime?: boolean;
  /** Replace any of the catalogue's strings. */
  messages?: Partial<Catalogue>;
}

/**
 * A dosage in plain words ("3 sets of 10 repetitions on each side") and compact form ("3 × 10 each side").
 * `data-amount` says how the amount is given (reps, hold, duration, distance, intervals) for styling.
 * Static: no hooks or context, so it renders as a React Server Component.
 */
// Pure: a card that uses only CompactDosage drops this wrapper and the time estimate with it.
export const DosageSummary = /* @__PURE__ */ forwardRef<HTMLDivElement, DosageSummaryProps>(function DosageSummary(
  { showSessionTime = true, ...props }: DosageSummaryProps,
  ref,
) {
  const minutes = showSessionTime && props.variant !== "compact" ? estimateSessionMinutes(props.dosage) : 0;
  return dosageBlock(props, ref, minutes);
});

/**
 * DosageSummary's compact variant (no session time), for a card: it leaves the time estimate's code out of the
 * card's bundle. Same markup, words and data attributes.
 */
export function CompactDosage(props: Omit<DosageSummaryProps, "variant" | "showSessionTime">) {
  return dosageBlock({ ...props, variant: "compact" }, undefined, 0);
}

function dosageBlock(
  { dosage, locale = "en-GB", units, variant = "default", messages, className, ...rest }: DosageSummaryProps,
  ref: ForwardedRef<HTMLDivElement> | undefined,
  minutes: number,
) {
  const t = createTranslator(locale, messages, BUNDLES);
  const { text, compact } = describeDosage(dosage, { locale, units, messages });
  const isCompact = variant === "compact";
  return (
    <div
      role="group"
      aria-label={t("dosage.label")}
      lang={locale}
      {...rest}
      ref={ref}
      className={cx("mk-dosage-summary", className)}
      data-slot="dosage-summary"
      data-variant={variant}
      data-amount={amountKind(dosage)}
    >
      {/* The compact form repeats the plain words in symbols, so screen readers hear the words once. */}
      {compact && (
        <p className="mk-dosage-summary__compact" data-slot="dosage-summary-compact" aria-hidden="true">
          {compact}
        </p>
      )}
      <p className={cx("mk-dosage-summary__text", isCompact && "mk-visually-hidden")} data-slot="dosage-summary-text">
        {text}
      </p>
      {minutes > 0 && (
        <p className="mk-dosage-summary__time" data-slot="dosage-summary-time">
          {t("dosage.sessionTime", { count: minutes })}
        </p>
      )}
    </div>
  );
}
