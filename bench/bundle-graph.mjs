// Pure helpers of the byte benchmark: which output chunks an entry loads up front and which only later.
// esbuild's metafile lists, per output chunk, what it imports and how (`kind`): a chunk the entry reaches by
// `import` statements alone is fetched before the entry runs (up front); a chunk reached only through an
// `import()` somewhere on the way is fetched when that code runs (lazy). Unit-tested in bundle-graph.test.mjs.

const STATIC = new Set(["import-statement", "require-call"]);
const DYNAMIC = new Set(["dynamic-import"]);

/** Every chunk reachable from `start` along imports whose kind is in `kinds` (external imports skipped). */
function reach(outputs, start, kinds) {
  const seen = new Set();
  const stack = [start];
  while (stack.length) {
    const key = stack.pop();
    if (seen.has(key) || !outputs[key]) continue;
    seen.add(key);
    for (const imported of outputs[key].imports ?? []) {
      if (!imported.external && kinds.has(imported.kind)) stack.push(imported.path);
    }
  }
  return seen;
}

/**
 * Splits a metafile's JavaScript outputs into the entry's up-front chunks (the entry chunk and everything it
 * imports statically, transitively) and its lazy ones (every other chunk reachable once dynamic imports count).
 */
export function splitChunks(outputs, entryKey) {
  if (!outputs[entryKey]) throw new Error(`No output chunk ${entryKey} in the metafile`);
  const upFront = reach(outputs, entryKey, STATIC);
  const everything = reach(outputs, entryKey, new Set([...STATIC, ...DYNAMIC]));
  const lazy = [...everything].filter((key) => !upFront.has(key));
  return { upFront: [...upFront], lazy };
}

/**
 * The key of the output built from `entryPoint`. Chunks loaded by import() are entry points in the metafile
 * too, so the entry is found by name.
 */
export function entryChunk(outputs, entryPoint) {
  const entries = Object.entries(outputs).filter(
    ([key, output]) => output.entryPoint === entryPoint && key.endsWith(".js"),
  );
  if (entries.length !== 1) throw new Error(`Expected one output for ${entryPoint}, found ${entries.length}`);
  return entries[0][0];
}

/** Adds up per-chunk sizes (each chunk is its own file on the network, so each is compressed on its own). */
export function total(sizes, keys) {
  const sum = { min: 0, gzip: 0, brotli: 0, chunks: keys.length };
  for (const key of keys) {
    const size = sizes.get(key);
    if (!size) throw new Error(`No size for chunk ${key}`);
    sum.min += size.min;
    sum.gzip += size.gzip;
    sum.brotli += size.brotli;
  }
  return sum;
}
