import { contentMessages, exerciseSafetyMessages, painCheckMessages, type RedFlag } from "@movekit/core";
import {
  currentStep,
  currentTimer,
  isExerciseStage,
  isFirstScreen,
  isInSession,
  planSessionItems,
  sessionMessages,
  sessionWarningSigns,
  timerRemainingMs,
  whereText,
} from "@movekit/core/session";
import { forwardRef, type ReactNode, useEffect, useId, useMemo } from "react";
import { Announcer, useAnnouncer } from "../internal/announcer";
import { cx } from "../internal/class-names";
import { nextLevel } from "../internal/heading";
import { localizedString } from "../internal/localized";
import { useReducedMotion } from "../internal/use-reduced-motion";
import { useTranslator } from "../internal/use-translator";
import { useMovekit } from "../movekit-provider/movekit-context";
import { LazySessionFeedback, LazySessionSummary, preloadSessionPlayer } from "./lazy-parts";
import { SessionActions } from "./session-actions";
import { SessionButton } from "./session-button";
import { SessionEnded } from "./session-ended";
import { SessionExercise } from "./session-exercise";
import { SessionHeader } from "./session-header";
import type { SessionPlayerProps } from "./session-player-props";
import { SessionSettings } from "./session-settings";
import { SessionStatus } from "./session-status";
import { useLogReport } from "./use-log-report";
import { browserClock, useSession } from "./use-session";
import { useSessionAnnouncements } from "./use-session-announcements";
import { useSessionFocus } from "./use-session-focus";
import { useSessionRecords } from "./use-session-records";
import { useSessionSound } from "./use-session-sound";
import { useWakeLock } from "./use-wake-lock";

/** Holds a lazy part's place while its code loads (a network round trip at most: it is preloaded). */
function PartLoading({ slot }: { slot: string }) {
  return <div className="mk-session-player__loading" data-slot={slot} aria-busy="true" />;
}

/** What stands in for a lazy part whose code cannot load: what happened, and what the person can still do. */
function PartUnavailable({ slot, text, children }: { slot: string; text: string; children?: ReactNode }) {
  return (
    <div className="mk-session-player__unavailable" data-slot={slot}>
      <p>{text}</p>
      {children && <div className="mk-session-player__controls">{children}</div>}
    </div>
  );
}

/** The message bundles this component shows strings from. */
const BUNDLES = [sessionMessages, painCheckMessages, contentMessages, exerciseSafetyMessages];

export { preloadSessionPlayer } from "./lazy-parts";
export type { SessionPlayerProps } from "./session-player-props";

const NO_FLAGS: ReadonlyArray<RedFlag> = [];

/**
 * A guided session, one exercise at a time: the demonstration, a set and repetition counter, hold and rest
 * countdowns, each side in turn for one-sided exercises, pause, resume and skip ("skip, it hurts" asks for a
 * pain score first, and a score the safety verdict calls "stop" ends the session), optional sound, and a typed log
 * of what was done. Countdowns pause while the page is hidden and wait for the person to resume. With a `store`,
 * the session is saved as it goes and offered again ("Resume") after a reload.
 * @selector [data-slot="session-player"][data-stage="ready" | "work" | "rest" | "feedback" | "complete" | "ended"]
 * @selector [data-slot="session-player"][data-phase="count" | "hold" | "relax" | "timer" | "open"]
 * @selector [data-slot="session-player"][data-paused]
 * @selector [data-slot="session-player"][data-first-screen] before the first Start
 * @selector [data-slot="session-player"][data-store="failed"] when the store could not save
 * @selector [data-slot="countdown"][data-animated="true" | "false"]
 */
export const SessionPlayer = forwardRef<HTMLElement, SessionPlayerProps>(function SessionPlayer(
  {
    items,
    exercises,
    title,
    painRule,
    redFlags: programmeRedFlags = NO_FLAGS,
    onLogChange,
    onComplete,
    store,
    recordKey,
    programmeId,
    sessionId,
    onStoreError,
    clock = browserClock,
    sound: soundProp,
    defaultSound = false,
    onSoundChange,
    keepScreenOn = true,
    movementDemos,
    renderMedia,
    headingLevel = 2,
    locale: localeProp,
    messages: messagesProp,
    className,
    ...rest
  }: SessionPlayerProps,
  ref,
) {
  const movekit = useMovekit();
  const { locale, messages, t } = useTranslator(localeProp, messagesProp, BUNDLES);
  const byId = useMemo(() => new Map(exercises.map((e) => [e.id, e])), [exercises]);
  const plan = useMemo(() => planSessionItems(items, byId), [items, byId]);
  const { state, now, send, pausedWhileHidden, restore } = useSession(plan, clock);
  const records = useSessionRecords({
    store,
    recordKey,
    programmeId,
    sessionId,
    plan,
    state,
    clock,
    restore,
    onStoreError,
  });
  const reducedMotion = useReducedMotion();
  const titleId = useId();
  const { stage } = state;
  const step = currentStep(state);
  const exercise = step ? byId.get(step.exerciseId) : undefined;
  const nameOf = (id: string | undefined) => {
    const found = id === undefined ? undefined : byId.get(id);
    return found ? localizedString(found.name, locale) : (id ?? "");
  };
  const exerciseName = nameOf(step?.exerciseId);
  const wakeLock = useWakeLock(keepScreenOn && isInSession(state) && !state.paused);
  const sound = useSessionSound(soundProp, defaultSound, onSoundChange);

  const [announcement, announce] = useAnnouncer();
  const timer = currentTimer(state);
  const remainingMs = timer ? Math.min(timer.remainingMs, timerRemainingMs(timer, now)) : null;
  useSessionAnnouncements(state, exerciseName, remainingMs, announce, sound.audio, t, locale);
  useLogReport(state.log, onLogChange, onComplete);
  const focus = useSessionFocus();

  // The parts not needed for first paint load after it, so each is ready before the person reaches it.
  useEffect(() => {
    preloadSessionPlayer().catch(() => {});
  }, []);

  // A store that fails is said once, politely; the session carries on in memory.
  useEffect(() => {
    if (records.failed) announce(t("session.storeFailed"));
  }, [records.failed, announce, t]);

  const warningSigns = useMemo(
    () => sessionWarningSigns(programmeRedFlags, exercise?.redFlags),
    [programmeRedFlags, exercise],
  );
  const where = step ? whereText(step, state.set, state.side, t) : "";
  const firstScreen = isFirstScreen(state);
  const sub = nextLevel(headingLevel);
  const controls = (
    <SessionActions
      state={state}
      send={send}
      focus={focus}
      records={records}
      firstScreen={firstScreen}
      nameOf={nameOf}
      painRule={painRule}
      warningSigns={warningSigns}
      emergencyNumbers={movekit.emergencyNumbers}
      promptHeadingLevel={nextLevel(sub)}
      messages={messages}
      locale={locale}
      t={t}
    />
  );

  return (
    <section
      aria-labelledby={titleId}
      {...rest}
      ref={ref}
      className={cx("mk-session-player", className)}
      data-slot="session-player"
      data-stage={stage.kind}
      data-phase={stage.kind === "work" ? stage.phase : undefined}
      data-paused={state.paused ? "" : undefined}
      data-first-screen={firstScreen ? "" : undefined}
      data-store={records.failed ? "failed" : undefined}
      data-wake-lock={wakeLock}
      {...focus.rootHandlers}
    >
      <SessionHeader
        state={state}
        title={title ?? t("session.label")}
        titleId={titleId}
        headingLevel={headingLevel}
        storeFailed={records.failed}
        t={t}
      />

      {isExerciseStage(state) && step && (
        <SessionExercise
          step={step}
          exercise={exercise}
          where={where}
          firstScreen={firstScreen}
          status={
            <SessionStatus
              state={state}
              where={where}
              remainingMs={remainingMs ?? 0}
              reducedMotion={reducedMotion}
              pausedWhileHidden={pausedWhileHidden}
              t={t}
            />
          }
          controls={controls}
          movementDemos={movementDemos}
          renderMedia={renderMedia}
          headingLevel={headingLevel}
          emergencyNumbers={movekit.emergencyNumbers}
          units={movekit.units}
          messages={messages}
          locale={locale}
          t={t}
        />
      )}

      {stage.kind === "feedback" && (
        <LazySessionFeedback
          fallback={<PartLoading slot="session-feedback-loading" />}
          // The questions are optional: without them the session still finishes and its log is reported.
          failed={
            <PartUnavailable slot="session-feedback-unavailable" text={t("session.feedback.unavailable")}>
              <SessionButton variant="primary" slot="finish-without-feedback" onClick={() => send("finish", {})}>
                {t("session.feedback.submit")}
              </SessionButton>
            </PartUnavailable>
          }
          headingRef={focus.endHeadingRef}
          headingLevel={sub}
          log={state.log}
          painRule={painRule}
          locale={locale}
          t={t}
          onSubmit={(answers) => send("finish", answers)}
        />
      )}
      {stage.kind === "ended" && (
        <SessionEnded
          headingRef={focus.endHeadingRef}
          headingLevel={sub}
          log={state.log}
          warningSigns={warningSigns}
          emergencyNumbers={movekit.emergencyNumbers}
          messages={messages}
          locale={locale}
          t={t}
        />
      )}
      {stage.kind === "complete" && (
        <LazySessionSummary
          fallback={<PartLoading slot="session-summary-loading" />}
          failed={<PartUnavailable slot="session-summary-unavailable" text={t("session.summary.unavailable")} />}
          headingRef={focus.endHeadingRef}
          headingLevel={sub}
          log={state.log}
          exercises={byId}
          locale={locale}
          t={t}
        />
      )}

      {stage.kind !== "complete" && stage.kind !== "ended" && (
        <SessionSettings sound={sound} wakeLock={wakeLock} t={t} />
      )}

      <Announcer message={announcement} slot="session-announcer" />
    </section>
  );
});
