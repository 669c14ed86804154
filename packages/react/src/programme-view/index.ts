"use client";
export { ProgrammeView, type ProgrammeViewProps } from "./programme-view";
