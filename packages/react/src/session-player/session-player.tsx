import {
  buildSessionPlan,
  type Catalogue,
  createTranslator,
  currentStep,
  currentTimer,
  displaySeconds,
  type Exercise,
  type Locale,
  type MovementDemoSpec,
  type PainRule,
  type RedFlag,
  registerMessages,
  resolveItemDosage,
  type SessionItem,
  type SessionLog,
  sessionMessages,
  sessionProgress,
  shouldAnnounceCountdown,
  timerRemainingMs,
} from "@movekit/core";
import { type ComponentPropsWithoutRef, type ReactNode, useEffect, useId, useMemo, useRef, useState } from "react";
import { DosageSummary } from "../dosage-summary/dosage-summary";
import { cx } from "../internal/class-names";
import { Heading, type HeadingLevel, nextLevel } from "../internal/heading";
import { Localized, localizedString } from "../internal/localized";
import { useReducedMotion } from "../internal/use-reduced-motion";
import { useMovekit } from "../movekit-provider/movekit-context";
import { RedFlagNotices } from "../safety-notice/safety-notice";
import { type AudioCues, type AudioSupport, createAudioCues, detectAudioSupport } from "./audio-cues";
import { PainPrompt } from "./pain-prompt";
import { SessionControls } from "./session-controls";
import { SessionEnded } from "./session-ended";
import { SessionFeedback } from "./session-feedback";
import { SessionMedia } from "./session-media";
import { SessionStatus } from "./session-status";
import { SessionSummary } from "./session-summary";
import { phaseAnnouncement, phaseKey, whereText } from "./session-text";
import { browserClock, type SessionClock, useSession } from "./use-session";
import { useWakeLock } from "./use-wake-lock";

registerMessages(sessionMessages);

export interface SessionPlayerProps extends Omit<ComponentPropsWithoutRef<"section">, "children" | "title"> {
  /** The session's exercises in order, each with its dose (a phase's `contents`). */
  items: ReadonlyArray<SessionItem>;
  /** The exercises `items` refer to, looked up by id. */
  exercises: ReadonlyArray<Exercise>;
  /** Heading of the player. @default "Guided session" */
  title?: string;
  /**
   * The programme's pain rule: with it, a pain score given in the session gets core's safety verdict, and a
   * verdict of "stop for today" or stricter ends the session ("End today's session").
   */
  painRule?: PainRule;
  /** The programme's warning signs, shown with the exercise's when pain stops the session. @default [] */
  redFlags?: ReadonlyArray<RedFlag>;
  /** Called with the log whenever it changes (a set done, an exercise skipped, the answers at the end). */
  onLogChange?: (log: SessionLog) => void;
  /**
   * Called once with the final log: when the person finishes the session, or when pain ends it early (then
   * `log.ended` says why and `log.completed` is false). Storing it is up to the host.
   */
  onComplete?: (log: SessionLog) => void;
  /** Time source; inject one in tests to drive the countdowns. @default performance.now() and window timers */
  clock?: SessionClock;
  /** Start with sound (tones and spoken cues) on. The person can always switch it. @default false */
  defaultSound?: boolean;
  /** Keep the screen on while the session runs, where the browser supports it. @default true */
  keepScreenOn?: boolean;
  /**
   * Keyframe movement demos by exercise id (`movementDemos` from @movekit/content), shown for exercises that
   * have no video.
   */
  movementDemos?: Readonly<Record<string, MovementDemoSpec>>;
  /**
   * Your own demonstration for an exercise. @default its video (with captions) when it has one, else its movement
   * demo, else its written start position
   */
  renderMedia?: (exercise: Exercise) => ReactNode;
  /** Level of the player's heading, to fit the page outline. @default 2 */
  headingLevel?: HeadingLevel;
  /** BCP 47 locale. @default the MovekitProvider's locale */
  locale?: Locale | string;
  /** Replace any of the catalogue's strings. */
  messages?: Partial<Catalogue>;
}

type FocusTarget = "prompt" | "skip-hurts" | "primary" | null;
const NO_FLAGS: ReadonlyArray<RedFlag> = [];

/**
 * A guided session, one exercise at a time: the demonstration, a set and repetition counter, hold and rest
 * countdowns, each side in turn for one-sided exercises, pause, resume and skip ("skip, it hurts" asks for a
 * pain score first, and a score the safety verdict calls "stop" ends the session), optional sound, and a typed log
 * of what was done. Countdowns pause while the page is hidden and wait for the person to resume.
 * @selector [data-slot="session-player"][data-stage="ready" | "work" | "rest" | "feedback" | "complete" | "ended"]
 * @selector [data-slot="session-player"][data-phase="count" | "hold" | "relax" | "timer" | "open"]
 * @selector [data-slot="session-player"][data-paused]
 * @selector [data-slot="countdown"][data-animated="true" | "false"]
 */
export function SessionPlayer({
  items,
  exercises,
  title,
  painRule,
  redFlags: programmeRedFlags = NO_FLAGS,
  onLogChange,
  onComplete,
  clock = browserClock,
  defaultSound = false,
  keepScreenOn = true,
  movementDemos,
  renderMedia,
  headingLevel = 2,
  locale: localeProp,
  messages,
  className,
  ...rest
}: SessionPlayerProps) {
  const movekit = useMovekit();
  const locale = localeProp ?? movekit.locale;
  const t = useMemo(
    () => (localeProp || messages ? createTranslator(locale, { ...movekit.messages, ...messages }) : movekit.t),
    [localeProp, messages, locale, movekit.messages, movekit.t],
  );
  const byId = useMemo(() => new Map(exercises.map((e) => [e.id, e])), [exercises]);
  const plan = useMemo(
    () =>
      buildSessionPlan(
        items.map((item) => {
          const exercise = byId.get(item.exerciseId);
          return {
            exerciseId: item.exerciseId,
            dosage: resolveItemDosage(item, exercise),
            laterality: exercise?.laterality,
          };
        }),
      ),
    [items, byId],
  );
  const { state, now, send, pausedWhileHidden } = useSession(plan, clock);
  const reducedMotion = useReducedMotion();
  const titleId = useId();
  const { stage } = state;
  const step = currentStep(state);
  const exercise = step ? byId.get(step.exerciseId) : undefined;
  const exerciseName = exercise ? localizedString(exercise.name, locale) : (step?.exerciseId ?? "");
  const progress = sessionProgress(state);
  // From the first Start to the questions, unless paused: the person may be on the floor, away from the screen.
  const inSession =
    state.startedAt !== null && (stage.kind === "ready" || stage.kind === "work" || stage.kind === "rest");
  const wakeLock = useWakeLock(keepScreenOn && inSession && !state.paused);

  // Sound: detected after mount (server and first client render agree), created on the person's click.
  const [support, setSupport] = useState<AudioSupport | null>(null);
  const [soundOn, setSoundOn] = useState(false);
  const audio = useRef<AudioCues | null>(null);
  useEffect(() => {
    const found = detectAudioSupport();
    setSupport(found);
    if (defaultSound && (found.tones || found.speech)) setSoundOn(true);
  }, [defaultSound]);
  useEffect(() => {
    if (!soundOn || !support) return;
    audio.current = createAudioCues(support);
    return () => {
      audio.current?.close();
      audio.current = null;
    };
  }, [soundOn, support]);

  // Announcements: on phase changes, and at a few marks of a countdown (20, 10, 5 s left), never every second.
  const [announcement, setAnnouncement] = useState("");
  const lastKey = useRef<string | null>(null);
  const key = phaseKey(state);
  useEffect(() => {
    if (key === null || key === lastKey.current) return;
    const text = phaseAnnouncement(state, exerciseName, t, locale, lastKey.current);
    lastKey.current = key;
    if (!text) return;
    setAnnouncement(text);
    audio.current?.speak(text, locale);
    if (stage.kind === "work") audio.current?.tone("go");
    else if (stage.kind === "rest") audio.current?.tone("rest");
    else if (stage.kind === "feedback") audio.current?.tone("done");
  });

  const timer = currentTimer(state);
  const remainingMs = timer ? Math.min(timer.remainingMs, timerRemainingMs(timer, now)) : 0;
  const shownSeconds = timer ? displaySeconds(remainingMs) : null;
  const lastSeconds = useRef<number | null>(null);
  useEffect(() => {
    const before = lastSeconds.current;
    lastSeconds.current = shownSeconds;
    if (shownSeconds === null || before === null || state.paused || state.painPrompt) return;
    if (shouldAnnounceCountdown(before, shownSeconds)) {
      const text = t("session.say.countdown", { count: shownSeconds });
      setAnnouncement(text);
      audio.current?.speak(text, locale);
    }
    if (stage.kind === "rest" && shownSeconds < before && shownSeconds <= 3 && shownSeconds > 0)
      audio.current?.tone("tick");
  }, [shownSeconds, state.paused, state.painPrompt, stage.kind, t, locale]);

  // The log goes to the host on every change, and once more through onComplete at the end.
  const onLogChangeRef = useRef(onLogChange);
  const onCompleteRef = useRef(onComplete);
  onLogChangeRef.current = onLogChange;
  onCompleteRef.current = onComplete;
  const firstLog = useRef(true);
  useEffect(() => {
    if (firstLog.current) {
      firstLog.current = false;
      return;
    }
    onLogChangeRef.current?.(state.log);
    if (state.log.completed || state.log.ended) onCompleteRef.current?.(state.log);
  }, [state.log]);

  // Focus: keep it on a control that still exists, and move it to new parts the person must deal with.
  const rootRef = useRef<HTMLElement>(null);
  const primaryRef = useRef<HTMLButtonElement>(null);
  const skipHurtsRef = useRef<HTMLButtonElement>(null);
  const promptHeadingRef = useRef<HTMLHeadingElement>(null);
  const endHeadingRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<FocusTarget>(null);
  const hadFocus = useRef(false);
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === "prompt") promptHeadingRef.current?.focus();
    else if (target === "skip-hurts") skipHurtsRef.current?.focus();
    else if (target === "primary") primaryRef.current?.focus();
    else if (hadFocus.current && (document.activeElement === document.body || document.activeElement === null)) {
      (endHeadingRef.current ?? primaryRef.current)?.focus();
    }
  });

  // After a stop: the programme's warning signs, then the exercise's own that the programme does not repeat.
  const warningSigns = useMemo(() => {
    const own = (exercise?.redFlags ?? []).filter((f) => !programmeRedFlags.some((p) => p.id === f.id));
    return [...programmeRedFlags, ...own];
  }, [programmeRedFlags, exercise]);
  const where = step ? whereText(step, state.set, state.side, t) : "";
  const active = stage.kind === "ready" || stage.kind === "work" || stage.kind === "rest";

  return (
    <section
      aria-labelledby={titleId}
      {...rest}
      ref={rootRef}
      className={cx("mk-session-player", className)}
      data-slot="session-player"
      data-stage={stage.kind}
      data-phase={stage.kind === "work" ? stage.phase : undefined}
      data-paused={state.paused ? "" : undefined}
      data-wake-lock={wakeLock}
      onFocus={() => {
        hadFocus.current = true;
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null) && event.relatedTarget !== null) {
          hadFocus.current = false;
        }
      }}
    >
      <header className="mk-session-player__header" data-slot="session-header">
        <Heading level={headingLevel} id={titleId} className="mk-session-player__title">
          {title ?? t("session.label")}
        </Heading>
        <p className="mk-session-player__progress-text" data-slot="session-progress-text">
          {t("session.exerciseOf", { current: progress.exercise, total: progress.exercises })}
        </p>
        <progress
          className="mk-session-player__progress"
          data-slot="session-progress"
          aria-label={t("session.progress")}
          max={Math.max(1, progress.blocks)}
          value={progress.blocksDone}
        />
      </header>

      {active && step && (
        <div className="mk-session-player__exercise" data-slot="session-exercise">
          <div className="mk-session-player__media" data-slot="session-media">
            {exercise ? (
              renderMedia ? (
                renderMedia(exercise)
              ) : (
                <SessionMedia
                  exercise={exercise}
                  demo={movementDemos?.[exercise.id]}
                  headingLevel={nextLevel(nextLevel(headingLevel))}
                  locale={locale}
                  t={t}
                />
              )
            ) : (
              <p>{t("session.unknownExercise", { id: step.exerciseId })}</p>
            )}
          </div>
          <div className="mk-session-player__main">
            <Heading level={nextLevel(headingLevel)} className="mk-session-player__exercise-name">
              {exercise ? <Localized text={exercise.name} locale={locale} t={t} /> : step.exerciseId}
            </Heading>
            <DosageSummary dosage={step.dosage} locale={locale} variant="compact" units={movekit.units} />
            <p className="mk-session-player__where" data-slot="session-where">
              {where}
            </p>

            <SessionStatus
              state={state}
              where={where}
              remainingMs={remainingMs}
              reducedMotion={reducedMotion}
              pausedWhileHidden={pausedWhileHidden}
              t={t}
            />

            {state.painPrompt ? (
              <PainPrompt
                headingRef={promptHeadingRef}
                headingLevel={nextLevel(nextLevel(headingLevel))}
                exerciseName={exerciseName}
                painRule={painRule}
                warningSigns={warningSigns}
                emergencyNumbers={movekit.emergencyNumbers}
                messages={messages}
                locale={locale}
                t={t}
                onEnd={(painScore, action) => {
                  send("end-session", { action, painScore });
                }}
                onCancel={() => {
                  focusNext.current = "skip-hurts";
                  send("cancel-pain");
                }}
                onSkip={(painScore) => {
                  focusNext.current = "primary";
                  send("skip-exercise", { reason: "pain", painScore });
                }}
              />
            ) : (
              <SessionControls
                state={state}
                send={send}
                primaryRef={primaryRef}
                skipHurtsRef={skipHurtsRef}
                t={t}
                onSkip={() => {
                  focusNext.current = "primary";
                  send("skip-exercise", { reason: "other" });
                }}
                onSkipHurts={() => {
                  focusNext.current = "prompt";
                  send("ask-pain");
                }}
              />
            )}

            {exercise && exercise.steps.length > 0 && (
              <details className="mk-session-player__how" data-slot="session-how">
                <summary>{t("session.howTo")}</summary>
                <ol>
                  {exercise.steps.map((text, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: steps are static content in a fixed order.
                    <Localized key={index} as="li" text={text} locale={locale} t={t} />
                  ))}
                </ol>
              </details>
            )}
          </div>
          {exercise && exercise.redFlags.length > 0 && (
            <RedFlagNotices
              className="mk-session-player__safety"
              redFlags={exercise.redFlags}
              locale={locale}
              emergencyNumbers={movekit.emergencyNumbers}
              headingLevel={nextLevel(headingLevel)}
              messages={messages}
            />
          )}
        </div>
      )}

      {stage.kind === "feedback" && (
        <SessionFeedback
          headingRef={endHeadingRef}
          headingLevel={nextLevel(headingLevel)}
          log={state.log}
          painRule={painRule}
          locale={locale}
          t={t}
          onSubmit={(answers) => send("finish", answers)}
        />
      )}
      {stage.kind === "ended" && (
        <SessionEnded
          headingRef={endHeadingRef}
          headingLevel={nextLevel(headingLevel)}
          log={state.log}
          warningSigns={warningSigns}
          emergencyNumbers={movekit.emergencyNumbers}
          messages={messages}
          locale={locale}
          t={t}
        />
      )}
      {stage.kind === "complete" && (
        <SessionSummary
          headingRef={endHeadingRef}
          headingLevel={nextLevel(headingLevel)}
          log={state.log}
          exercises={byId}
          locale={locale}
          t={t}
        />
      )}

      {support && (support.tones || support.speech) && stage.kind !== "complete" && stage.kind !== "ended" && (
        <div className="mk-session-player__settings" data-slot="session-settings">
          <button
            type="button"
            className="mk-session-player__button"
            data-slot="sound-toggle"
            aria-pressed={soundOn}
            onClick={() => setSoundOn((on) => !on)}
          >
            {t("session.sound")}
          </button>
          {wakeLock === "on" && <p className="mk-session-player__wake-lock">{t("session.wakeLock")}</p>}
        </div>
      )}

      <p className="mk-visually-hidden" role="status" aria-live="polite" data-slot="session-announcer">
        {announcement}
      </p>
    </section>
  );
}
