import {
  type Catalogue,
  type CheckIn,
  createTranslator,
  evaluateCheckIn,
  type Locale,
  type MessageKey,
  type PainReadings,
  type PainRule,
  painCheckMessages,
  type RedFlag,
  registerMessages,
  type SafetyAction,
  type SafetyVerdict,
} from "@movekit/core";
import { type ComponentPropsWithoutRef, type FormEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { cx } from "../internal/class-names";
import { Heading, type HeadingLevel, nextLevel } from "../internal/heading";
import { Localized } from "../internal/localized";
import { useMovekit } from "../movekit-provider/movekit-context";
import { RedFlagNotices } from "../safety-notice/safety-notice";
import { PainAdvice } from "./pain-advice";
import { PainScale } from "./pain-scale";

registerMessages(painCheckMessages);

/** The readings a check-in can ask for. */
export type PainMeasure = "during" | "after" | "nextMorning";
export type PainTrend = NonNullable<PainReadings["trend"]>;

const ALL_MEASURES: readonly PainMeasure[] = ["during", "after", "nextMorning"];
const TRENDS: readonly PainTrend[] = ["better", "same", "worse"];
const NO_FLAGS: ReadonlyArray<RedFlag> = [];

/** Everything the person answered, and the one safety verdict on it. */
export interface PainCheckAnswers {
  readings: PainReadings;
  /** The effective action (the verdict's), or undefined while nothing is answered or ticked. */
  action: SafetyAction | undefined;
  /** The safety verdict from core: readings, ticked warning signs and the rule together. */
  verdict: SafetyVerdict;
  /** Ids of the red flags the person ticked. */
  redFlags: string[];
}

type RawReadings = NonNullable<CheckIn["readings"]>;

/** A saved reading the scale can show: a number on the 0–10 scale, else nothing (the verdict names it). */
function shown(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 10
    ? Math.ceil(value)
    : undefined;
}

export interface PainCheckProps
  extends Omit<ComponentPropsWithoutRef<"section">, "children" | "title" | "onChange" | "onSubmit"> {
  /** The programme's pain-monitoring rule: bands, the next-morning check and the week-on-week check. */
  rule: PainRule;
  /** Which readings to ask for, in this order. @default ["during", "after", "nextMorning"] */
  measures?: ReadonlyArray<PainMeasure>;
  /** Ask whether pain and stiffness are better, the same or worse than last week. @default true */
  askTrend?: boolean;
  /**
   * Warning signs to ask about (the exercise's or programme's red flags). A ticked one shows its safety notice.
   * @default []
   */
  redFlags?: ReadonlyArray<RedFlag>;
  /**
   * Answers to start from, such as a check-in saved earlier. Values off the scale are not shown; they count as
   * the highest score until answered again. @default {} (nothing answered)
   */
  defaultReadings?: PainReadings;
  /** The patient's usual next-morning pain (0–10), when the rule allows "back to your usual level". @default 0 */
  baseline?: number;
  /** Called on every change with the answers and the safety verdict. */
  onAnswersChange?: (answers: PainCheckAnswers) => void;
  /** When given, a "Save check-in" button submits the answers. */
  onSubmit?: (answers: PainCheckAnswers) => void;
  /** Heading. @default "How is your pain?" */
  title?: string;
  /** Level of the heading. @default 2 */
  headingLevel?: HeadingLevel;
  /** BCP 47 locale. @default the MovekitProvider's locale */
  locale?: Locale | string;
  /** Replace any of the catalogue's strings. */
  messages?: Partial<Catalogue>;
}

/**
 * A pain check-in on 0–10 scales (during, after, next morning) and warning signs, judged by core's one safety
 * verdict (`evaluateCheckIn`): it says what to do in words, from "Continue" to "Stop and get emergency help now".
 * A ticked warning sign shows its safety notice and makes the action at least its tier's; nothing milder is shown.
 * @selector [data-slot="pain-check"][data-action="continue" | "modify" | "stop-today" | "stop-and-contact" | "urgent" | "emergency"]
 * @selector [data-slot="pain-check"][data-red-flag] when a warning sign is ticked
 */
export function PainCheck({
  rule,
  measures = ALL_MEASURES,
  askTrend = true,
  redFlags = NO_FLAGS,
  defaultReadings,
  baseline,
  onAnswersChange,
  onSubmit,
  title,
  headingLevel = 2,
  locale: localeProp,
  messages,
  className,
  ...rest
}: PainCheckProps) {
  const movekit = useMovekit();
  const locale = localeProp ?? movekit.locale;
  const t = useMemo(
    () => (localeProp || messages ? createTranslator(locale, { ...movekit.messages, ...messages }) : movekit.t),
    [localeProp, messages, locale, movekit.messages, movekit.t],
  );
  const headingId = useId();
  // Saved answers are checked by the verdict, never trusted: a bad one must not take the warning signs with it.
  const [readings, setReadings] = useState<RawReadings>(() =>
    typeof defaultReadings === "object" && defaultReadings !== null ? { ...defaultReadings } : {},
  );
  const [ticked, setTicked] = useState<string[]>([]);
  const flags = Array.isArray(redFlags) ? redFlags : NO_FLAGS;
  const tickedFlags = useMemo(() => flags.filter((flag) => ticked.includes(flag.id)), [flags, ticked]);
  const verdict = useMemo(
    () =>
      evaluateCheckIn(
        { readings, warningSigns: tickedFlags, baseline, asked: measures.filter((m) => m !== "nextMorning") },
        rule,
      ),
    [readings, tickedFlags, baseline, measures, rule],
  );
  const action = verdict.status === "empty" ? undefined : verdict.action;
  const answers = useMemo<PainCheckAnswers>(
    () => ({ readings: readings as PainReadings, action, verdict, redFlags: ticked }),
    [readings, action, verdict, ticked],
  );

  const onChangeRef = useRef(onAnswersChange);
  onChangeRef.current = onAnswersChange;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    onChangeRef.current?.(answers);
  }, [answers]);

  // Announce the action only when it changes, not on every step of a slider.
  const [spoken, setSpoken] = useState("");
  const lastAction = useRef(action);
  useEffect(() => {
    if (action === lastAction.current) return;
    lastAction.current = action;
    if (action) setSpoken(`${t("painCheck.whatToDo")} ${t(`painCheck.action.${action}` as MessageKey)}`);
  }, [action, t]);

  // A newly ticked warning sign is said once, so nobody misses the notice that appears below.
  const tickedCount = ticked.length;
  const lastTicked = useRef(tickedCount);
  useEffect(() => {
    if (tickedCount > lastTicked.current) setSpoken(t("painCheck.redFlags.announce"));
    lastTicked.current = tickedCount;
  }, [tickedCount, t]);

  const set = (measure: PainMeasure | "trend", value: number | PainTrend) =>
    setReadings((current) => ({ ...current, [measure]: value }));
  const sub = nextLevel(headingLevel);

  return (
    <section
      aria-labelledby={headingId}
      {...rest}
      className={cx("mk-pain-check", className)}
      data-slot="pain-check"
      data-action={action}
      data-red-flag={tickedFlags.length > 0 ? "" : undefined}
    >
      <Heading level={headingLevel} id={headingId} className="mk-pain-check__title">
        {title ?? t("painCheck.heading")}
      </Heading>
      <p className="mk-pain-check__intro">{t("painCheck.intro")}</p>
      <form
        className="mk-pain-check__form"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          onSubmit?.(answers);
        }}
      >
        <div className="mk-pain-check__scales">
          {measures.map((measure) => (
            <PainScale
              key={measure}
              measure={measure}
              label={t(`painCheck.measure.${measure}` as MessageKey)}
              value={shown(readings[measure])}
              onValueChange={(value) => set(measure, value)}
              t={t}
            />
          ))}
        </div>
        {askTrend && (
          <fieldset className="mk-pain-check__trend" data-slot="pain-check-trend">
            <legend>{t("painCheck.trend.legend")}</legend>
            <div className="mk-pain-check__options">
              {TRENDS.map((trend) => (
                <label key={trend} className="mk-pain-check__option">
                  <input
                    type="radio"
                    name={`${headingId}-trend`}
                    value={trend}
                    checked={readings.trend === trend}
                    onChange={() => set("trend", trend)}
                  />
                  {t(`painCheck.trend.${trend}` as MessageKey)}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        {flags.length > 0 && (
          <fieldset className="mk-pain-check__red-flags" data-slot="pain-check-red-flags">
            <legend>{t("painCheck.redFlags.legend")}</legend>
            <div className="mk-pain-check__options">
              {flags.map((flag) => (
                <label key={flag.id} className="mk-pain-check__option">
                  <input
                    type="checkbox"
                    value={flag.id}
                    checked={ticked.includes(flag.id)}
                    onChange={(event) => {
                      const on = event.currentTarget.checked;
                      setTicked((ids) => (on ? [...ids, flag.id] : ids.filter((id) => id !== flag.id)));
                    }}
                  />
                  <Localized text={flag.text} locale={locale} t={t} />
                </label>
              ))}
            </div>
          </fieldset>
        )}

        <div className="mk-pain-check__result" data-slot="pain-check-result">
          <Heading level={sub} className="mk-pain-check__result-title">
            {t("painCheck.result.heading")}
          </Heading>
          {tickedFlags.length > 0 && (
            <RedFlagNotices
              redFlags={tickedFlags}
              locale={locale}
              emergencyNumbers={movekit.emergencyNumbers}
              headingLevel={nextLevel(sub)}
              messages={messages}
            />
          )}
          {verdict.status !== "empty" ? (
            <PainAdvice verdict={verdict} rule={rule} locale={locale} t={t} />
          ) : (
            <p className="mk-pain-check__empty">{t("painCheck.result.empty")}</p>
          )}
        </div>
        {onSubmit && (
          <button type="submit" className="mk-pain-check__submit" data-slot="pain-check-submit">
            {t("painCheck.submit")}
          </button>
        )}
      </form>
      <p className="mk-visually-hidden" role="status" aria-live="polite" data-slot="pain-check-announcer">
        {spoken}
      </p>
    </section>
  );
}
