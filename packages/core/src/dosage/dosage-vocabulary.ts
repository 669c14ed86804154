// Dosage word lists without valibot, so scheduling, the main entry and the structural guard use them without the
// schemas.

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

export type Weekday = (typeof WEEKDAYS)[number];

/** What a person does in one part of an interval: "1 minute running". */
export const INTERVAL_ACTIVITIES = ["run", "jog", "walk", "cycle", "swim", "rest"] as const;
