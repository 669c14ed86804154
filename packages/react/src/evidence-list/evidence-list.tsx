import {
  type Catalogue,
  contentMessages,
  createTranslator,
  DEFAULT_LOCALE,
  type Evidence,
  evidenceMessages,
  isSafeUrl,
  type Locale,
  type Provenance,
  type Reference,
  type Translator,
} from "@movekit/core";
import { type ComponentPropsWithoutRef, forwardRef } from "react";
import { cx } from "../internal/class-names";
import { formatDate } from "../internal/format-date";
import { Heading, type HeadingLevel } from "../internal/heading";
import { Localized } from "../internal/localized";

/** The message bundles this component shows strings from. */
const BUNDLES = [evidenceMessages, contentMessages];

// Licences content commonly uses; others are shown as their SPDX id without a link.
const LICENCE_URLS: Record<string, string> = {
  "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
  "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
  MIT: "https://opensource.org/license/mit",
};

export interface EvidenceListProps extends Omit<ComponentPropsWithoutRef<"div">, "children"> {
  /** Each clinical claim with whether it rests on research evidence or clinical advice, and its references. */
  evidence: ReadonlyArray<Evidence>;
  /** Who wrote and reviewed the content, when, and its licence. */
  provenance?: Provenance;
  /** BCP 47 locale for wording and dates. @default "en-GB" */
  locale?: Locale | string;
  /** Heading level of the "References" headings inside each item. @default 4 */
  headingLevel?: HeadingLevel;
  /** Show where each claim came from (the `source` field). @default true */
  showSource?: boolean;
  /** Replace any of the catalogue's strings. */
  messages?: Partial<Catalogue>;
}

/**
 * The claims an exercise makes, each marked in words as research evidence or clinical advice, with its
 * references (linked when the URL is safe), plus who reviewed the content and when. Static: renders as a React
 * Server Component.
 * @selector [data-slot="evidence"][data-kind="evidence" | "advice"]
 */
export const EvidenceList = forwardRef<HTMLDivElement, EvidenceListProps>(function EvidenceList(
  {
    evidence,
    provenance,
    locale = DEFAULT_LOCALE,
    headingLevel = 4,
    showSource = true,
    messages,
    className,
    ...rest
  }: EvidenceListProps,
  ref,
) {
  const t = createTranslator(locale, messages, BUNDLES);
  return (
    <div {...rest} ref={ref} className={cx("mk-evidence-list", className)} data-slot="evidence-list">
      <ol className="mk-evidence-list__items" aria-label={t("evidence.label")}>
        {evidence.map((item, index) => (
          <li
            // Ids are optional in content; position is stable for static content.
            key={item.id ?? index}
            className="mk-evidence-list__item"
            data-slot="evidence"
            data-kind={item.kind}
          >
            <p className="mk-evidence-list__kind" data-slot="evidence-kind">
              {t(`evidence.kind.${item.kind}`)}
            </p>
            <Localized text={item.claim} locale={locale} t={t} as="p" className="mk-evidence-list__claim" />
            {item.references.length > 0 && (
              <>
                <Heading level={headingLevel} className="mk-evidence-list__references-heading mk-visually-hidden">
                  {t("evidence.references")}
                </Heading>
                <ul className="mk-evidence-list__references">
                  {item.references.map((reference) => (
                    <ReferenceItem key={reference.citation} reference={reference} t={t} />
                  ))}
                </ul>
              </>
            )}
            {showSource && <p className="mk-evidence-list__source">{t("evidence.source", { source: item.source })}</p>}
          </li>
        ))}
      </ol>
      {provenance && <ProvenanceNote provenance={provenance} locale={locale} t={t} />}
    </div>
  );
});

function ReferenceItem({ reference, t }: { reference: Reference; t: Translator }) {
  const doiUrl = reference.doi ? `https://doi.org/${encodeURI(reference.doi)}` : undefined;
  return (
    <li className="mk-evidence-list__reference" data-slot="evidence-reference">
      {isSafeUrl(reference.url) ? <a href={reference.url}>{reference.citation}</a> : reference.citation}
      {reference.doi && (
        <>
          {" "}
          {isSafeUrl(doiUrl) ? (
            <a href={doiUrl}>{t("evidence.doi", { doi: reference.doi })}</a>
          ) : (
            t("evidence.doi", { doi: reference.doi })
          )}
        </>
      )}
    </li>
  );
}

function ProvenanceNote({ provenance, locale, t }: { provenance: Provenance; locale: Locale | string; t: Translator }) {
  const licenceUrl = LICENCE_URLS[provenance.licence];
  return (
    <p className="mk-evidence-list__provenance" data-slot="provenance" data-review-status={provenance.status}>
      {t("evidence.writtenBy", { author: provenance.author })}{" "}
      {/* Draft content says so in words: nothing unsigned may read as reviewed. */}
      <span data-slot="review-status">
        {provenance.status === "reviewed"
          ? t("evidence.reviewedBy", { reviewer: provenance.reviewer, date: formatDate(provenance.reviewedOn, locale) })
          : t("evidence.notReviewed")}
      </span>
      {provenance.status === "reviewed" && provenance.nextReviewDue && (
        <> {t("evidence.nextReview", { date: formatDate(provenance.nextReviewDue, locale) })}</>
      )}{" "}
      {licenceUrl ? (
        <a href={licenceUrl} rel="license">
          {t("evidence.licence", { licence: provenance.licence })}
        </a>
      ) : (
        t("evidence.licence", { licence: provenance.licence })
      )}
    </p>
  );
}
