import type { Provenance } from "@movekit/core";

/**
 * Who wrote the shipped content and its review status. No clinician has reviewed it, so it ships as a draft and
 * patients see "Not yet clinically reviewed". A clinic that adopts the library has its physiotherapist work
 * through docs/clinical-review.md and then records the review itself: status "reviewed", the reviewer's name,
 * the date and the next review due.
 */
export const provenance: Provenance = {
  status: "draft",
  author: "Movekit content team",
  licence: "CC-BY-4.0",
};
