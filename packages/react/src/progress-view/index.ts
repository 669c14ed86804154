"use client";
export { ProgressView, type ProgressViewProps } from "./progress-view";
