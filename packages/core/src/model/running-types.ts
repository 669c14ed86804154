// The walk/run plan as plain interfaces; see types.ts for why interfaces and how they are kept equal to the schemas.
import type { Weekday } from "../dosage/dosage-schema";
import type { Evidence, LocalizedText } from "./types";

export interface IntervalBlock {
  runSeconds: number;
  walkSeconds: number;
  repeats: number;
}

export interface RunSession {
  day: Weekday;
  warmUpWalkMinutes?: number;
  blocks: IntervalBlock[];
  coolDownWalkMinutes?: number;
  note?: LocalizedText;
}

export interface RunWeek {
  sessions: RunSession[];
  note?: LocalizedText;
}

export interface RunCriterion {
  id: string;
  text: LocalizedText;
  evidence?: Evidence[];
}

export interface RunStage {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  entryCriteria: RunCriterion[];
  steps: LocalizedText[];
  evidence?: Evidence[];
}

export interface RunningPlan {
  id: string;
  title: LocalizedText;
  summary?: LocalizedText;
  baseline?: {
    longestRunSeconds?: number;
    longestBoutSeconds?: number;
    weeklyRunSeconds?: number;
  };
  entryCriteria?: RunCriterion[];
  weeks: RunWeek[];
  nextStages?: RunStage[];
}
