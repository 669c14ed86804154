// `pnpm fuzz`: the fuzz suites with many more runs, a random seed and a per-call time bound. Prints the seed, and
// on failure how to replay it: FUZZ_SEED=<seed> pnpm fuzz. Extra arguments go to vitest.
import { spawnSync } from "node:child_process";

const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const runs = process.env.FUZZ_RUNS ?? "5000";
const bound = process.env.FUZZ_CALL_BOUND_MS ?? "2000";
const files = ["packages/core/src/fuzz/", "packages/tokens/src/create-theme.fuzz.test.ts"];

console.log(`fuzz: seed ${seed}, ${runs} runs per property, each call bounded at ${bound} ms`);
const result = spawnSync(
  "vitest",
  ["run", "--project", "unit", "--testTimeout", "0", ...files, ...process.argv.slice(2)],
  {
    stdio: "inherit",
    env: { ...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs, FUZZ_CALL_BOUND_MS: bound },
  },
);
if (result.status !== 0) {
  console.error(`\nfuzz: FAILED with seed ${seed}. Replay: FUZZ_SEED=${seed} FUZZ_RUNS=${runs} pnpm fuzz`);
} else {
  console.log(`fuzz: passed with seed ${seed}`);
}
process.exit(result.status ?? 1);
