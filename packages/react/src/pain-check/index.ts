"use client";
export { PainCheck, type PainCheckAnswers, type PainCheckProps, type PainMeasure, type PainTrend } from "./pain-check";
