// Test support: a fresh ExerciseVideo paints its poster and Play first and mounts the rest of the player in a
// following commit. These wait for that state (never for a time).
import { waitFor } from "@testing-library/react";
import { expect } from "vitest";
import { WAIT_CEILING_MS } from "../../../../../vitest.wait";

/** Resolves once the whole player is mounted under `root`: its speed menu is there (or it has failed). */
export async function playerReady(root: ParentNode = document): Promise<void> {
  await waitFor(() => expect(root.querySelector("[data-slot='speed'], [data-slot='fallback']")).not.toBeNull(), {
    timeout: WAIT_CEILING_MS,
  });
}
