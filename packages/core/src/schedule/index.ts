export * from "./calendar-date";
export * from "./programme-handout";
export * from "./schedule-programme";
export * from "./schedule-weeks";
