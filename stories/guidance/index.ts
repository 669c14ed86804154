import { exerciseGuidance } from "./exercise";
import { foundationGuidance } from "./foundations";
import { programmeGuidance } from "./programme";
import type { ComponentGuidance } from "./types";

/** Every component docs page's guidance, by story title. */
export const componentGuidance: Readonly<Record<string, ComponentGuidance>> = {
  ...foundationGuidance,
  ...exerciseGuidance,
  ...programmeGuidance,
};

export function guidanceFor(title: string): ComponentGuidance | undefined {
  return componentGuidance[title];
}
