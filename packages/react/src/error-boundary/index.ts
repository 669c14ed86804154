"use client";
export { ErrorBoundary, type ErrorBoundaryFallback, type ErrorBoundaryProps } from "./error-boundary";
