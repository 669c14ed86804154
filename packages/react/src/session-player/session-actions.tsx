import type { Catalogue, Locale, PainRule, RedFlag, SessionState, Translator } from "@movekit/core";
import { currentStep } from "@movekit/core";
import type { EmergencyNumbers } from "../internal/emergency-number";
import type { HeadingLevel } from "../internal/heading";
import { FocusHeading } from "./focus-heading";
import { ResumeOffer } from "./resume-offer";
import { SessionControls } from "./session-controls";
import { LazyPainPrompt } from "./session-parts";
import type { SessionController } from "./use-session";
import type { SessionFocus } from "./use-session-focus";
import type { SessionRecords } from "./use-session-records";

export interface SessionActionsProps {
  state: SessionState;
  send: SessionController["send"];
  focus: SessionFocus;
  records: SessionRecords;
  firstScreen: boolean;
  /** The exercise's name for a step index, in the reader's language. */
  nameOf: (exerciseId: string | undefined) => string;
  painRule: PainRule | undefined;
  warningSigns: ReadonlyArray<RedFlag>;
  emergencyNumbers: EmergencyNumbers | undefined;
  promptHeadingLevel: HeadingLevel;
  messages: Partial<Catalogue> | undefined;
  locale: Locale | string;
  t: Translator;
}

/**
 * What the person can do now: answer the pain prompt ("Skip, it hurts"), resume a saved session or start again,
 * or use the session's buttons. Focus moves with the change so it never falls to the page.
 */
export function SessionActions({
  state,
  send,
  focus,
  records,
  firstScreen,
  nameOf,
  painRule,
  warningSigns,
  emergencyNumbers,
  promptHeadingLevel,
  messages,
  locale,
  t,
}: SessionActionsProps) {
  const offer = firstScreen ? records.offer : null;
  if (state.painPrompt) {
    const exerciseName = nameOf(currentStep(state)?.exerciseId);
    // While the prompt's code loads (it is normally fetched when the session starts), its heading takes focus
    // and the exercise's warning signs stay on screen beside it.
    const pending = (
      <section className="mk-session-player__prompt" data-slot="pain-prompt" data-pending="">
        <FocusHeading
          level={promptHeadingLevel}
          headingRef={focus.promptHeadingRef}
          className="mk-session-player__prompt-title"
        >
          {t("session.painPrompt.heading", { exercise: exerciseName })}
        </FocusHeading>
        <p>{t("session.painPrompt.intro")}</p>
      </section>
    );
    return (
      <LazyPainPrompt.Part
        fallback={pending}
        onShown={() => focus.refocus("prompt")}
        headingRef={focus.promptHeadingRef}
        headingLevel={promptHeadingLevel}
        exerciseName={exerciseName}
        painRule={painRule}
        warningSigns={warningSigns}
        emergencyNumbers={emergencyNumbers}
        messages={messages}
        locale={locale}
        t={t}
        onEnd={(painScore, action) => send("end-session", { action, painScore })}
        onCancel={() => {
          focus.focusNext("skip-hurts");
          send("cancel-pain");
        }}
        onSkip={(painScore) => {
          focus.focusNext("primary");
          send("skip-exercise", { reason: "pain", painScore });
        }}
      />
    );
  }
  if (offer) {
    return (
      <ResumeOffer
        saved={offer}
        exerciseName={nameOf(currentStep(offer)?.exerciseId)}
        primaryRef={focus.primaryRef}
        t={t}
        onResume={() => {
          focus.focusNext("primary");
          records.resume();
        }}
        onStartAgain={() => {
          focus.focusNext("primary");
          records.startAgain();
        }}
      />
    );
  }
  return (
    <SessionControls
      state={state}
      send={send}
      primaryRef={focus.primaryRef}
      skipHurtsRef={focus.skipHurtsRef}
      large={firstScreen}
      t={t}
      onSkip={() => {
        focus.focusNext("primary");
        send("skip-exercise", { reason: "other" });
      }}
      onSkipHurts={() => {
        focus.focusNext("prompt");
        send("ask-pain");
      }}
    />
  );
}
