// Word lists of the dosage model without valibot, shared by the schema and the structural guard.

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** What a person does in one part of an interval: "1 minute running". */
export const INTERVAL_ACTIVITIES = ["run", "jog", "walk", "cycle", "swim", "rest"] as const;
