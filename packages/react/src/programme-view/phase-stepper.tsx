import type { Locale, MessageKey, Phase, Translator } from "@movekit/core";
import { phaseState } from "@movekit/core";
import { CheckIcon } from "../internal/icons";
import { Localized } from "../internal/localized";

export interface PhaseStepperProps {
  phases: readonly Phase[];
  /** Index of the current phase; -1 before the programme starts. */
  current: number;
  /** Id of each phase's section, for in-page links. */
  sectionId: (phase: Phase) => string;
  /** Called when a step's link is followed, so its phase opens before the page jumps to it. */
  onSelect?: (phase: Phase) => void;
  locale: Locale | string;
  t: Translator;
}

/**
 * The phases in order, each marked done, current or upcoming in words (and `aria-current="step"`), linking to
 * its section. Colour and the tick only repeat the words.
 * @selector [data-slot="phase-step"][data-state="done" | "current" | "upcoming"]
 */
export function PhaseStepper({ phases, current, sectionId, onSelect, locale, t }: PhaseStepperProps) {
  return (
    <ol className="mk-phase-stepper" aria-label={t("programme.phases")} data-slot="phase-stepper">
      {phases.map((phase, index) => {
        const state = phaseState(index, current);
        return (
          <li
            key={phase.id}
            className="mk-phase-stepper__step"
            data-slot="phase-step"
            data-state={state}
            aria-current={state === "current" ? "step" : undefined}
          >
            <span className="mk-phase-stepper__marker" aria-hidden="true">
              {state === "done" ? <CheckIcon /> : index + 1}
            </span>
            <a className="mk-phase-stepper__link" href={`#${sectionId(phase)}`} onClick={() => onSelect?.(phase)}>
              <span className="mk-phase-stepper__title">
                {t("programme.phaseOf", { current: index + 1, total: phases.length })}{" "}
                <Localized text={phase.title} locale={locale} t={t} />
              </span>
              <span className="mk-phase-stepper__state" data-slot="phase-step-state">
                {t(`programme.phaseState.${state}` as MessageKey)}
              </span>
            </a>
          </li>
        );
      })}
    </ol>
  );
}
