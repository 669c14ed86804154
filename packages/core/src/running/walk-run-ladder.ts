/** One rung of the run:walk ladder: run this long, then walk this long, in seconds. */
export interface WalkRunRung {
  readonly runSeconds: number;
  readonly walkSeconds: number;
}

/**
 * The run:walk ratios a plan moves through, one rung at a time: 30 s:90 s, 1:2, 1:1, 2:1, 3:1, 5:1, 8:1, 10:1, 15:1,
 * 20:1, 30:1 (minutes), then continuous running. Every time is a whole minute or a 30-second step, so a person can
 * follow it on a watch, and each rung's run is at most double the one before, so moving up a rung never more than
 * doubles the longest continuous run. The rungs are the authors' choice (consensus, not a trial).
 */
export const WALK_RUN_LADDER: readonly WalkRunRung[] = [
  { runSeconds: 30, walkSeconds: 90 },
  { runSeconds: 60, walkSeconds: 120 },
  { runSeconds: 60, walkSeconds: 60 },
  { runSeconds: 120, walkSeconds: 60 },
  { runSeconds: 180, walkSeconds: 60 },
  { runSeconds: 300, walkSeconds: 60 },
  { runSeconds: 480, walkSeconds: 60 },
  { runSeconds: 600, walkSeconds: 60 },
  { runSeconds: 900, walkSeconds: 60 },
  { runSeconds: 1200, walkSeconds: 60 },
  { runSeconds: 1800, walkSeconds: 60 },
];

/** Every interval is a multiple of this many seconds: whole minutes or half minutes. */
export const WATCH_STEP_SECONDS = 30;

/** A walk break shorter than this is no recovery (authors' choice): the validator flags it. */
export const MIN_WALK_BREAK_SECONDS = 30;

/** The index of the rung with these times, or -1. */
export function ladderIndex(runSeconds: number, walkSeconds: number): number {
  return WALK_RUN_LADDER.findIndex((r) => r.runSeconds === runSeconds && r.walkSeconds === walkSeconds);
}
