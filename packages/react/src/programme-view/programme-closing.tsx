import type { Catalogue, Locale, Programme, Translator } from "@movekit/core";
// Through the public entry, so the published build keeps it a client module.
import { ErrorBoundary } from "@movekit/react/error-boundary";
import type { ErrorInfo, ReactNode } from "react";
import { EvidenceList } from "../evidence-list/evidence-list";
import { Heading, type HeadingLevel, nextLevel } from "../internal/heading";
import { RuleList } from "./rule-list";

export interface ProgrammeClosingProps {
  programme: Programme;
  headingLevel: HeadingLevel;
  locale: Locale | string;
  t: Translator;
  messages: Partial<Catalogue> | undefined;
  fallback: ReactNode;
  onError?: (error: unknown, info: ErrorInfo) => void;
}

/**
 * The end of the programme: the rules for moving on and stepping back, then its sources and review, each in an
 * error boundary of its own.
 * @selector [data-slot="programme-rules"] [data-slot="programme-evidence"]
 */
export function ProgrammeClosing({
  programme,
  headingLevel,
  locale,
  t,
  messages,
  fallback,
  onError,
}: ProgrammeClosingProps) {
  const phases = programme.phases;
  const sub = nextLevel(headingLevel);
  return (
    <>
      <ErrorBoundary fallback={fallback} onError={onError}>
        <section className="mk-programme-view__rules-section" data-slot="programme-rules">
          <Heading level={headingLevel}>{t("programme.rules")}</Heading>
          <Heading level={sub}>{t("programme.progressionRules")}</Heading>
          <RuleList rules={programme.progressionRules} phases={phases} locale={locale} t={t} />
          {programme.regressionRules.length > 0 && (
            <>
              <Heading level={sub}>{t("programme.regressionRules")}</Heading>
              <RuleList rules={programme.regressionRules} phases={phases} locale={locale} t={t} />
            </>
          )}
        </section>
      </ErrorBoundary>

      <ErrorBoundary fallback={fallback} onError={onError}>
        <section className="mk-programme-view__evidence" data-slot="programme-evidence">
          <Heading level={headingLevel}>{t("programme.evidence")}</Heading>
          <EvidenceList
            evidence={programme.evidence}
            provenance={programme.provenance}
            locale={locale}
            headingLevel={sub}
            messages={messages}
          />
        </section>
      </ErrorBoundary>
    </>
  );
}
