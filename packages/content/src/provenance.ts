import type { Provenance } from "@movekit/core";

/**
 * Who wrote and who reviewed the shipped content. The reviewer is a role placeholder: a clinic that adopts the
 * library puts its own reviewing clinician's name and review date here before showing it to patients.
 */
export const provenance: Provenance = {
  author: "Movekit content team",
  reviewer: "Clinical reviewer (physiotherapist)",
  reviewedOn: "2026-11-23",
  nextReviewDue: "2027-11-23",
  licence: "CC-BY-4.0",
};
