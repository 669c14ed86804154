export * from "./calendar-date";
export * from "./schedule-programme";
export * from "./schedule-weeks";
