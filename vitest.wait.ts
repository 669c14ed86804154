/**
 * How long browser tests and story plays wait for something to appear before failing (waitFor, expect.poll).
 * A ceiling on waiting, not a speed check (`pnpm bench` measures speed): on a busy 2-core CI machine running the
 * browser and storybook projects side by side, staged renders that take 100 ms here have taken over a second.
 */
export const WAIT_CEILING_MS = 10_000;
