import {
  type Catalogue,
  createTranslator,
  evaluatePain,
  type Locale,
  type MessageKey,
  type PainEvaluation,
  type PainReadings,
  type PainRule,
  painCheckMessages,
  type RedFlag,
  registerMessages,
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

/** Everything the person answered, and what the rule says about it. */
export interface PainCheckAnswers {
  readings: PainReadings;
  /** Undefined until at least one reading is given. */
  evaluation: PainEvaluation | undefined;
  /** Ids of the red flags the person ticked. */
  redFlags: string[];
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
  /** Answers to start from, such as a check-in saved earlier. @default {} (nothing answered) */
  defaultReadings?: PainReadings;
  /** Called on every change with the answers and the rule's verdict. */
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

function hasReading(readings: PainReadings): boolean {
  return readings.during !== undefined || readings.after !== undefined || readings.nextMorning !== undefined;
}

/**
 * A pain check-in on 0–10 scales (during, after, next morning), checked against the programme's pain rule from
 * core: it says what to do in words (continue, reduce, or stop and contact your clinician). Ticked warning
 * signs show the matching safety notice, above everything else.
 * @selector [data-slot="pain-check"][data-action="continue" | "modify" | "stop"]
 * @selector [data-slot="pain-check"][data-red-flag] when a warning sign is ticked
 */
export function PainCheck({
  rule,
  measures = ALL_MEASURES,
  askTrend = true,
  redFlags = [],
  defaultReadings = {},
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
  const [readings, setReadings] = useState<PainReadings>(defaultReadings);
  const [ticked, setTicked] = useState<string[]>([]);
  const evaluation = useMemo(() => (hasReading(readings) ? evaluatePain(readings, rule) : undefined), [readings, rule]);
  const answers = useMemo<PainCheckAnswers>(
    () => ({ readings, evaluation, redFlags: ticked }),
    [readings, evaluation, ticked],
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
  const action = evaluation?.action;
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
  const tickedFlags = redFlags.filter((flag) => ticked.includes(flag.id));
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
              value={readings[measure]}
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
        {redFlags.length > 0 && (
          <fieldset className="mk-pain-check__red-flags" data-slot="pain-check-red-flags">
            <legend>{t("painCheck.redFlags.legend")}</legend>
            <div className="mk-pain-check__options">
              {redFlags.map((flag) => (
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
          {evaluation ? (
            <PainAdvice evaluation={evaluation} rule={rule} locale={locale} t={t} />
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
