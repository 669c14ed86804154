export * from "./calendar-date";
export * from "./schedule-programme";
