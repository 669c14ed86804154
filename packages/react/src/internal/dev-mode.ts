// Bundlers replace `process.env.NODE_ENV` in the host's build, so production builds warn about nothing. Where
// nothing replaced it and there is no `process` (plain ESM in a browser), it throws: treated as production.
declare const process: { env: { NODE_ENV?: string } };

/** True in a development build: warnings for the host's developers are shown only then. */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== "production";
  } catch {
    return false;
  }
}
