"use client";
export { type PainCheckAnswers, PainCheck, type PainCheckProps, type PainMeasure, type PainTrend } from "./pain-check";
