"use client";
export {
  defaultMovekitContext,
  type LinkComponent,
  type MovekitContextValue,
  type MovekitLinkProps,
  useMovekit,
} from "./movekit-context";
export { MovekitProvider, type MovekitProviderProps } from "./movekit-provider";
