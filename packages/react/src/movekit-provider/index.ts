"use client";
export {
  defaultMovekitContext,
  type LinkComponent,
  type MovekitContextValue,
  type MovekitLinkProps,
  type ReducedMotionSetting,
  useMovekit,
} from "./movekit-context";
export { MovekitProvider, type MovekitProviderProps } from "./movekit-provider";
