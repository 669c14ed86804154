import {
  type Catalogue,
  type Locale,
  type MessageKey,
  type PainReadings,
  type PainRule,
  painCheckMessages,
  type RedFlag,
} from "@movekit/core";
import type { RecordStore } from "@movekit/core/records";
import { type ComponentPropsWithoutRef, type FormEvent, forwardRef, useEffect, useId, useMemo, useRef } from "react";
import { Announcer, useAnnouncer } from "../internal/announcer";
import { cx } from "../internal/class-names";
import { Heading, type HeadingLevel, nextLevel } from "../internal/heading";
import { useControllableState } from "../internal/use-controllable-state";
import { useTranslator } from "../internal/use-translator";
import { useMovekit } from "../movekit-provider/movekit-context";
import { RedFlagNotices } from "../red-flag-notices/red-flag-notices";
import { PainAdvice } from "./pain-advice";
import { TrendQuestion, WarningSignsQuestion } from "./pain-check-questions";
import {
  judge,
  normaliseValue,
  type PainCheckAnswers,
  type PainCheckValue,
  type PainMeasure,
  type PainTrend,
  painCheckKey,
  sameValue,
} from "./pain-check-value";
import { PainScale } from "./pain-scale";
import { usePainCheckRecords } from "./use-pain-check-records";

/** The message bundles this component shows strings from. */
const BUNDLES = [painCheckMessages];

export type { PainCheckAnswers, PainCheckValue, PainMeasure, PainTrend } from "./pain-check-value";

const ALL_MEASURES: readonly PainMeasure[] = ["during", "after", "nextMorning"];
const NO_FLAGS: ReadonlyArray<RedFlag> = [];
/** Readings as stored or passed: anything, until the verdict has checked it. */
type CheckInReadings = { during?: unknown; after?: unknown; nextMorning?: unknown; trend?: unknown };

/** A saved reading the scale can show: a number on the 0–10 scale, else nothing (the verdict names it). */
function shown(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 10
    ? Math.ceil(value)
    : undefined;
}

export interface PainCheckProps
  extends Omit<ComponentPropsWithoutRef<"section">, "children" | "title" | "onChange" | "onSubmit" | "defaultValue"> {
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
   * The answers, when the host controls them; pair with `onValueChange` and pass back what it gives. Values off
   * the scale are not shown; they count as the highest score until answered again.
   */
  value?: PainCheckValue;
  /**
   * Answers to start from when the host does not control them, such as a check-in saved earlier.
   * @default { readings: {}, redFlags: [] } (nothing answered)
   */
  defaultValue?: PainCheckValue;
  /**
   * Called once for each real change of the answers (never on mount, once per change under StrictMode), with the
   * answers and core's safety verdict on them; answers picked up from the `store` count as a change.
   */
  onValueChange?: (answers: PainCheckAnswers) => void;
  /** Readings to start from. @deprecated use `defaultValue` ({ readings, redFlags }); still works. */
  defaultReadings?: PainReadings;
  /** The patient's usual next-morning pain (0–10), when the rule allows "back to your usual level". @default 0 */
  baseline?: number;
  /** Called on every change with the answers and the verdict. @deprecated use `onValueChange`; still works. */
  onAnswersChange?: (answers: PainCheckAnswers) => void;
  /**
   * Where to keep the check-in: a `pain-check` record (answers and verdict) saved at each change, and picked up
   * again on mount when nothing has been answered yet. Without one, nothing is kept.
   */
  store?: RecordStore;
  /** The store key of this check-in. @default derived from `programmeId` and `sessionId` */
  recordKey?: string;
  /** The programme this check-in belongs to, saved with its record. */
  programmeId?: string;
  /** Which session the check-in is about (for the derived record key). */
  sessionId?: string;
  /** Called when the store fails. The person sees a notice and carries on; nothing they answered is lost. */
  onStoreError?: (error: unknown) => void;
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
 * @selector [data-slot="pain-check"][data-store="failed"] when the store could not save
 */
export const PainCheck = forwardRef<HTMLElement, PainCheckProps>(function PainCheck(
  {
    rule,
    measures = ALL_MEASURES,
    askTrend = true,
    redFlags = NO_FLAGS,
    value: valueProp,
    defaultValue,
    onValueChange,
    defaultReadings,
    baseline,
    onAnswersChange,
    onSubmit,
    store,
    recordKey,
    programmeId,
    sessionId,
    onStoreError,
    title,
    headingLevel = 2,
    locale: localeProp,
    messages: messagesProp,
    className,
    ...rest
  }: PainCheckProps,
  ref,
) {
  const movekit = useMovekit();
  const { locale, messages, t } = useTranslator(localeProp, messagesProp, BUNDLES);
  const headingId = useId();
  const flags = Array.isArray(redFlags) ? redFlags : NO_FLAGS;
  const context = { rule, flags, baseline, measures };
  const contextRef = useRef(context);
  contextRef.current = context;
  const callbacks = useRef({ onValueChange, onAnswersChange });
  callbacks.current = { onValueChange, onAnswersChange };

  // Saved answers are checked by the verdict, never trusted: a bad one must not take the warning signs with it.
  // A host's value is compared by content, so an inline object does not count as a new answer on every render.
  const controlledKey = valueProp === undefined ? undefined : JSON.stringify(normaliseValue(valueProp));
  // biome-ignore lint/correctness/useExhaustiveDependencies: `controlledKey` stands for the value's content
  const controlled = useMemo(() => (valueProp === undefined ? undefined : normaliseValue(valueProp)), [controlledKey]);
  const [value, setValue] = useControllableState<PainCheckValue>(
    controlled,
    normaliseValue(defaultValue ?? { readings: defaultReadings, redFlags: [] }),
    (next) => {
      const answers = judge(next, contextRef.current);
      callbacks.current.onValueChange?.(answers);
      callbacks.current.onAnswersChange?.(answers);
    },
    { name: "PainCheck `value`", equal: sameValue },
  );
  const touched = useRef(false);
  const change = (update: (current: PainCheckValue) => PainCheckValue) => {
    touched.current = true;
    setValue(update);
  };
  const readings = value.readings as CheckInReadings;
  const ticked = value.redFlags;
  const tickedFlags = useMemo(() => flags.filter((flag) => ticked.includes(flag.id)), [flags, ticked]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the context is read through its ref; these stand for it
  const answers = useMemo(() => judge(value, contextRef.current), [value, rule, flags, baseline, measures]);
  const { verdict, action } = answers;

  const storeFailed = usePainCheckRecords({
    store,
    key: painCheckKey(recordKey, programmeId, sessionId),
    programmeId,
    value,
    answers,
    controlled: controlled !== undefined,
    touched: () => touched.current,
    setValue,
    onStoreError,
  });

  // Announce the action only when it changes, not on every step of a slider.
  const [spoken, announce] = useAnnouncer();
  const lastAction = useRef(action);
  useEffect(() => {
    if (action === lastAction.current) return;
    lastAction.current = action;
    if (action) announce(`${t("painCheck.whatToDo")} ${t(`painCheck.action.${action}` as MessageKey)}`);
  }, [action, t, announce]);

  // A newly ticked warning sign is said once, so nobody misses the notice that appears below.
  const tickedCount = ticked.length;
  const lastTicked = useRef(tickedCount);
  useEffect(() => {
    if (tickedCount > lastTicked.current) announce(t("painCheck.redFlags.announce"));
    lastTicked.current = tickedCount;
  }, [tickedCount, t, announce]);

  useEffect(() => {
    if (storeFailed) announce(t("painCheck.storeFailed"));
  }, [storeFailed, t, announce]);

  const set = (measure: PainMeasure | "trend", reading: number | PainTrend) =>
    change((current) => ({ ...current, readings: { ...current.readings, [measure]: reading } }));
  const sub = nextLevel(headingLevel);

  return (
    <section
      aria-labelledby={headingId}
      {...rest}
      ref={ref}
      className={cx("mk-pain-check", className)}
      data-slot="pain-check"
      data-action={action}
      data-red-flag={tickedFlags.length > 0 ? "" : undefined}
      data-store={storeFailed ? "failed" : undefined}
    >
      <Heading level={headingLevel} id={headingId} className="mk-pain-check__title">
        {title ?? t("painCheck.heading")}
      </Heading>
      <p className="mk-pain-check__intro">{t("painCheck.intro")}</p>
      {storeFailed && (
        <p className="mk-pain-check__store-notice" data-slot="pain-check-store-notice">
          {t("painCheck.storeFailed")}
        </p>
      )}
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
          <TrendQuestion
            name={`${headingId}-trend`}
            value={readings.trend}
            onChange={(trend) => set("trend", trend)}
            t={t}
          />
        )}
        {flags.length > 0 && (
          <WarningSignsQuestion
            flags={flags}
            ticked={ticked}
            onToggle={(id, on) =>
              change((current) => ({
                ...current,
                redFlags: on ? [...current.redFlags, id] : current.redFlags.filter((other) => other !== id),
              }))
            }
            locale={locale}
            t={t}
          />
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
          <button
            type="submit"
            className="mk-button mk-pain-check__submit"
            data-variant="primary"
            data-slot="pain-check-submit"
          >
            {t("painCheck.submit")}
          </button>
        )}
      </form>
      <Announcer message={spoken} slot="pain-check-announcer" />
    </section>
  );
});
