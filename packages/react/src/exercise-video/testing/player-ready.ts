// Test support: a fresh ExerciseVideo paints its poster and Play first and mounts the rest of the player in a
// following commit. These wait for that state (never for a time).
import { waitFor } from "@testing-library/react";
import { expect } from "vitest";
import { WAIT_CEILING_MS } from "../../../../../vitest.wait";

/** Resolves once every player under `root` is whole: none is marked `data-pending` any more. */
export async function playerReady(root: ParentNode = document): Promise<void> {
  await waitFor(
    () => {
      expect(root.querySelector("[data-slot='exercise-video']")).not.toBeNull();
      expect(root.querySelector("[data-slot='exercise-video'][data-pending]")).toBeNull();
    },
    { timeout: WAIT_CEILING_MS },
  );
}
