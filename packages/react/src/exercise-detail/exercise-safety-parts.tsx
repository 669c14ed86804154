import type { Catalogue, Exercise, Locale, Translator } from "@movekit/core";
// Through the public entry, which starts with "use client", so static importers stay Server Components.
import { ErrorBoundary } from "@movekit/react/error-boundary";
import type { ErrorInfo } from "react";
import { ContraindicationList } from "../contraindication-list/contraindication-list";
import { SafetyFallback } from "../error-boundary/incomplete-exercise";
import type { EmergencyNumbers } from "../internal/emergency-number";
import type { HeadingLevel } from "../internal/heading";
import { RedFlagNotices } from "../red-flag-notices/red-flag-notices";

export interface ExerciseSafetyPartsProps {
  /** The exercise's own safety fields, as given: each part reads and checks its own. */
  fields: Partial<Pick<Exercise, "contraindications" | "noContraindications" | "redFlags">>;
  locale: Locale | string;
  t: Translator;
  headingLevel: HeadingLevel;
  messages?: Partial<Catalogue>;
  emergencyNumber?: string;
  emergencyNumbers?: EmergencyNumbers;
  onError?: (error: unknown, info: ErrorInfo) => void;
}

/**
 * An exercise's contraindications and red flags, each in its own error boundary whose fallback says what to do
 * instead (never a quiet "could not be shown"). Both parts read their items one by one, so malformed content
 * does not throw here: the boundaries are for the unforeseen, and on the server (where boundaries do not catch)
 * the item checks are what keep the safety text in the HTML.
 */
export function ExerciseSafetyParts({
  fields,
  locale,
  t,
  headingLevel,
  messages,
  emergencyNumber,
  emergencyNumbers,
  onError,
}: ExerciseSafetyPartsProps) {
  const fallback = <SafetyFallback t={t} />;
  const redFlags = fields.redFlags ?? [];
  return (
    <>
      <ErrorBoundary locale={locale} messages={messages} onError={onError} fallback={fallback}>
        <ContraindicationList
          contraindications={fields.contraindications}
          noContraindications={fields.noContraindications}
          locale={locale}
          headingLevel={headingLevel}
          messages={messages}
        />
      </ErrorBoundary>
      {/* No red flags, no part: RedFlagNotices renders nothing for an empty list, and a long guide of exercises
          without their own signs then costs no boundary per exercise. Anything else, readable or not, is shown. */}
      {(!Array.isArray(redFlags) || redFlags.length > 0) && (
        <ErrorBoundary locale={locale} messages={messages} onError={onError} fallback={fallback}>
          <RedFlagNotices
            redFlags={redFlags}
            locale={locale}
            emergencyNumber={emergencyNumber}
            emergencyNumbers={emergencyNumbers}
            headingLevel={headingLevel}
            messages={messages}
          />
        </ErrorBoundary>
      )}
    </>
  );
}
