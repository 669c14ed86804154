"use client";
export { MovementDemo, type MovementDemoProps } from "./movement-demo";
