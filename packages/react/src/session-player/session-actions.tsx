import type { Catalogue, Locale, PainRule, RedFlag, Translator } from "@movekit/core";
import type { SessionState } from "@movekit/core/session";
import { currentStep } from "@movekit/core/session";
import type { EmergencyNumbers } from "../internal/emergency-number";
import type { HeadingLevel } from "../internal/heading";
import { PainPrompt } from "./pain-prompt";
import { ResumeOffer } from "./resume-offer";
import { SessionControls } from "./session-controls";
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
    return (
      <PainPrompt
        headingRef={focus.promptHeadingRef}
        headingLevel={promptHeadingLevel}
        exerciseName={nameOf(currentStep(state)?.exerciseId)}
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
