// The content model's string patterns without valibot, so the schemas and the structural guard
// (`@movekit/core/guard`) share one definition and the guard's bundle stays free of the schema library.

/** Lower-case kebab-case id: "glute-bridge", "phase-1". Stable across translations; links use it. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A DOI such as "10.1177/0363546506298279" (no "https://doi.org/" prefix). */
export const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;

/** An SPDX licence id, e.g. "CC-BY-4.0". */
export const LICENCE_PATTERN = /^[A-Za-z0-9.+-]+$/;

/** A video MIME type such as "video/mp4", or HLS ("application/vnd.apple.mpegurl"). */
export const VIDEO_TYPE_PATTERN = /^(video\/[a-z0-9.+-]+|application\/(vnd\.apple\.mpegurl|x-mpegURL))$/;
