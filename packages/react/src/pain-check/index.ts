"use client";
export {
  PainCheck,
  type PainCheckAnswers,
  type PainCheckProps,
  type PainCheckValue,
  type PainMeasure,
  type PainTrend,
} from "./pain-check";
