import { defineMessages } from "../define-messages";

/**
 * Strings under "cert.*": the items of the Consensus on Exercise Reporting Template (Slade SC, Dionne CE, Underwood M,
 * Buchbinder R. Br J Sports Med 2016;50(23):1428-37, doi:10.1136/bjsports-2016-096651), in our own words, and what
 * the report says about a programme.
 */
export const certMessages = defineMessages({
  "en-GB": {
    "cert.1": "Equipment used",
    "cert.2": "Who delivers it and their training",
    "cert.3": "Individual or group sessions",
    "cert.4": "Supervised or unsupervised, and how it is delivered",
    "cert.5": "How adherence is measured and reported",
    "cert.6": "Motivation strategies",
    "cert.7a": "Rules for deciding when to progress",
    "cert.7b": "How the programme is progressed",
    "cert.8": "Each exercise described well enough to repeat",
    "cert.9": "Home programme part",
    "cert.10": "Non-exercise parts (education and the like)",
    "cert.11": "Adverse events: what to watch for and record",
    "cert.12": "Setting",
    "cert.13": "Dose: sets, repetitions, sessions and length",
    "cert.14a": "Generic or tailored",
    "cert.14b": "How it is tailored",
    "cert.15": "Rule for the starting level",
    "cert.16a": "How adherence or fidelity is assessed",
    "cert.16b": "How far it was delivered as planned",
    "cert.ev.none": "Nothing in the content covers this.",
    "cert.ev.equipment": "{total} exercises list their equipment ({none} need none).",
    "cert.ev.missing": "Not in the exercise list given: {ids}.",
    "cert.ev.reviewed":
      "Written by {author}; clinically reviewed by {reviewer} on {date}. Who delivers it is the clinic's choice.",
    "cert.ev.draft": "Written by {author}. Not yet clinically reviewed.",
    "cert.ev.format": "Format: {value}.",
    "cert.ev.supervision": "Supervision: {value}.",
    "cert.ev.setting": "Setting: {value}.",
    "cert.ev.noDelivery": "The programme does not say how it is delivered.",
    "cert.ev.logs":
      "Session logs record each set, skipped exercises and why, and whether the session was finished; the programme does not say how adherence is reported.",
    "cert.ev.rules":
      "{rules} progression rules ({checked} with a check software can run); {exits} phases with exit criteria.",
    "cert.ev.phases":
      "{phases} phases in order; {regressions} regression rules; {ladders} exercises have easier or harder versions.",
    "cert.ev.exercises":
      "{described} of {total} exercises have a start position, steps and cues; {videos} have a captioned video.",
    "cert.ev.education": "{count} education items.",
    "cert.ev.safety":
      "{flags} warning signs, {contra} contraindications and a pain rule with {bands} bands say what to watch for; sessions ended for pain are logged.",
    "cert.ev.dosage":
      "{dosed} of {total} exercise doses say how much to do; each phase gives sessions a week and weeks.",
    "cert.ev.tailored": "{regressions} regression rules, the pain rule and exercise ladders adjust it to the person.",
    "cert.ev.generic": "The pain rule adjusts the dose; no regression rules or exercise ladders.",
    "cert.ev.entry": "{withEntry} of {later} later phases have entry criteria; everyone starts in the first phase.",
    "cert.ev.afterDelivery": "Reported from session logs after delivery, not from the content.",
  },
});
