import type { Provenance } from "./evidence-schema";
import type { CheckReport } from "./exercise-checks";
import { issue, type PathKey } from "./validation-error";

// Words that name a role, not a person. A "reviewer" made only of these (e.g. "Clinical reviewer
// (physiotherapist)") is a placeholder, and showing it as a review would tell patients someone signed the content.
const ROLE_WORDS = new Set([
  "clinical",
  "clinician",
  "reviewer",
  "physiotherapist",
  "physio",
  "physical",
  "therapist",
  "doctor",
  "name",
  "your",
  "clinic",
  "the",
]);
const PLACEHOLDER_MARKERS = /\b(placeholder|tbc|tbd|to be confirmed|lorem|example|xxx+)\b/i;

/** True when a reviewer field holds a role or a placeholder rather than a named person. */
export function isPlaceholderReviewer(reviewer: string): boolean {
  if (PLACEHOLDER_MARKERS.test(reviewer)) return true;
  const words = reviewer.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.every((word) => ROLE_WORDS.has(word));
}

/**
 * Review status and dates: draft content is allowed but warned about (patients see "Not yet clinically
 * reviewed"); reviewed content needs a named reviewer and a next review after the last one.
 */
export function checkProvenance(
  provenance: Provenance,
  keys: readonly PathKey[],
  report: CheckReport,
  today?: string,
): void {
  if (provenance.status === "draft") {
    report.warnings.push(
      issue(
        [...keys, "status"],
        "draft-content",
        'No clinician has reviewed this content; patients will see "Not yet clinically reviewed". After a clinical review, set "status" to "reviewed" with the reviewer\'s name and the date.',
      ),
    );
    return;
  }
  if (isPlaceholderReviewer(provenance.reviewer)) {
    report.errors.push(
      issue(
        [...keys, "reviewer"],
        "placeholder-reviewer",
        `"${provenance.reviewer}" names a role, not a person. Give the name of the clinician who reviewed the content, or set "status" to "draft".`,
      ),
    );
  }
  const due = provenance.nextReviewDue;
  if (due && due <= provenance.reviewedOn) {
    report.errors.push(
      issue(
        [...keys, "nextReviewDue"],
        "invalid-date-order",
        `The next review (${due}) must come after the last review (${provenance.reviewedOn}).`,
      ),
    );
  } else if (due && today && due < today) {
    report.warnings.push(
      issue(
        [...keys, "nextReviewDue"],
        "review-overdue",
        `The clinical review was due on ${due}. Ask a clinician to review this content.`,
      ),
    );
  }
}
