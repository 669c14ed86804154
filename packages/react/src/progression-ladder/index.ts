"use client";
export { type LadderExercise, ProgressionLadder, type ProgressionLadderProps } from "./progression-ladder";
