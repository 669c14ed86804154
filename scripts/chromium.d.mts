export function findChromium(): string | undefined;
export function ensureChromium(): string;
export const CHROMIUM_ARGS: string[];
export function chromiumMajor(path: string | undefined): string;
