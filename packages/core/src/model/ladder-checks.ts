import type { CheckReport } from "./exercise-checks";
import type { Exercise } from "./exercise-schema";
import { issue } from "./validation-error";

/** What the ladder check reads of an exercise. */
export type LadderExercise = Pick<Exercise, "id" | "progressions" | "regressions">;

/**
 * A ladder must not loop: A → B → A would send a patient round in circles. Walked depth-first with an explicit
 * stack, so a chain of thousands of exercises cannot overflow the call stack.
 */
export function checkLadderCycles(
  exercises: readonly (LadderExercise | undefined)[],
  list: "progressions" | "regressions",
  report: CheckReport,
): void {
  const byId = new Map<string, { exercise: LadderExercise; index: number }>();
  exercises.forEach((exercise, index) => {
    if (exercise && !byId.has(exercise.id)) byId.set(exercise.id, { exercise, index });
  });
  const done = new Set<string>();
  const reported = new Set<string>();
  // The current path: each frame is an exercise and the next link of it to follow.
  const path: { id: string; node: { exercise: LadderExercise; index: number }; next: number }[] = [];
  const onPath = new Map<string, number>();
  for (const rootId of byId.keys()) {
    if (done.has(rootId)) continue;
    const root = byId.get(rootId);
    if (!root) continue;
    path.push({ id: rootId, node: root, next: 0 });
    onPath.set(rootId, 0);
    while (path.length > 0) {
      const frame = path[path.length - 1] as (typeof path)[number];
      const links = frame.node.exercise[list];
      if (frame.next >= links.length) {
        path.pop();
        onPath.delete(frame.id);
        done.add(frame.id);
        continue;
      }
      const j = frame.next++;
      const target = (links[j] as { exerciseId: string }).exerciseId;
      if (target === frame.id) continue; // reported as self-link
      const loopStart = onPath.get(target);
      if (loopStart !== undefined) {
        const loop = [...path.slice(loopStart).map((f) => f.id), target].join(" → ");
        if (!reported.has(loop)) {
          reported.add(loop);
          report.errors.push(
            issue(
              ["exercises", frame.node.index, list, j, "exerciseId"],
              "progression-cycle",
              `The ${list} form a loop: ${loop}. A ladder must lead somewhere; remove one of these links.`,
            ),
          );
        }
        continue;
      }
      const node = byId.get(target);
      if (!node || done.has(target)) continue;
      onPath.set(target, path.length);
      path.push({ id: target, node, next: 0 });
    }
  }
}
