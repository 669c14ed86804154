"use client";
export { preloadProgrammeView } from "./lazy-parts";
export { ProgrammeView, type ProgrammeViewProps } from "./programme-view";
