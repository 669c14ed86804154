// Renders each demo clip from its keyframe poses: SVG frames (the MovementDemo geometry) → ffmpeg (librsvg) →
// H.264 MP4 + VP9 WebM + JPEG poster, plus caption and chapter WebVTT files from the exercise's cue times.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LocalizedText } from "@movekit/core";
import { type MovementDemoSpec, poseAt } from "@movekit/core/demo";
import { chaptersFromCues, serializeWebVtt } from "@movekit/core/video";
import { movementDemos } from "../src/demos/index";
import { DEMO_CLIP_IDS, demoClipFiles } from "../src/demos/media";
import { CLIP_LANGUAGES } from "../src/demos/media-files";
import { library } from "../src/library";
import { type FigureColours, figureSvg } from "./figure-svg";

const WIDTH = 480;
const HEIGHT = 270;
const FPS = 24;
const FFMPEG = process.env.FFMPEG ?? "/usr/bin/ffmpeg";
// One clip also ships as an HLS stream (4 s segments), to exercise the player's HLS path (native or hls.js).
const HLS_CLIP = "clamshell";

function writeHls(mediaDir: string, mp4: string) {
  const name = mp4.replace(/\.mp4$/, "");
  // fMP4 segments (.m4s): MPEG-TS segments would be named .ts, which TypeScript tooling tries to parse.
  ffmpeg([
    "-i",
    join(mediaDir, mp4),
    "-c",
    "copy",
    "-f",
    "hls",
    "-hls_time",
    "4",
    "-hls_playlist_type",
    "vod",
    "-hls_segment_type",
    "fmp4",
    "-hls_fmp4_init_filename",
    `${name}.hls-init.mp4`,
    "-hls_segment_filename",
    join(mediaDir, `${name}.hls-%d.m4s`),
    join(mediaDir, `${name}.m3u8`),
  ]);
}

/** Colours from the default theme's tokens, so clips match the themed MovementDemo. */
function themeColours(tokensCss: string): FigureColours {
  const css = readFileSync(tokensCss, "utf8");
  const token = (name: string) => {
    const value = new RegExp(`--mk-color-${name}:\\s*(#[0-9a-f]{3,8})`, "i").exec(css)?.[1];
    if (!value) throw new Error(`tokens.css has no --mk-color-${name}`);
    return value;
  };
  return {
    background: token("surface"),
    mat: token("surface-muted"),
    floor: token("border"),
    near: token("accent"),
    trunk: token("accent"),
    far: token("on-surface-muted"),
  };
}

interface ClipCue {
  id?: string;
  text: Partial<LocalizedText>;
  time?: { start: number; end: number };
}

/** The exercise's cues: their time ranges and texts become the clip's chapters and captions. */
function cuesFor(id: string): ClipCue[] {
  const exercise = library.exercises.find((e) => e.id === id);
  if (!exercise) throw new Error(`media: no exercise "${id}" in the library for its demo clip`);
  if (!exercise.cues.some((cue) => cue.time)) {
    throw new Error(`media: exercise "${id}" has no cue with a time range; add \`time\` to the cues the clip shows`);
  }
  return exercise.cues;
}

function checkTiming(demo: MovementDemoSpec, cues: ClipCue[]) {
  for (const cue of cues) {
    if (cue.time && cue.time.end > demo.duration + 0.001) {
      throw new Error(
        `media: a cue of "${demo.exerciseId}" ends at ${cue.time.end} s, after the ${demo.duration} s clip`,
      );
    }
  }
}

function ffmpeg(args: string[]) {
  // bitexact: no encoder version, dates or random ids in the output, so re-rendering unchanged demos changes no file.
  const output = args.at(-1) ?? "";
  const options = args.slice(0, -1);
  execFileSync(
    FFMPEG,
    ["-hide_banner", "-loglevel", "error", "-y", ...options, "-fflags", "+bitexact", "-flags:v", "+bitexact", output],
    {
      stdio: "inherit",
    },
  );
}

function renderClip(demo: MovementDemoSpec, mediaDir: string, colours: FigureColours) {
  const files = demoClipFiles(demo.exerciseId);
  const frameDir = mkdtempSync(join(tmpdir(), `movekit-${demo.exerciseId}-`));
  try {
    const frames = Math.round(demo.duration * FPS);
    for (let i = 0; i < frames; i++) {
      const svg = figureSvg(poseAt(demo, i / FPS), colours, WIDTH, HEIGHT);
      writeFileSync(join(frameDir, `frame-${String(i).padStart(4, "0")}.svg`), svg);
    }
    const input = ["-framerate", String(FPS), "-c:v", "svg", "-i", join(frameDir, "frame-%04d.svg")];
    const meta = ["-metadata", `title=Movekit demo: ${demo.exerciseId}`, "-metadata", "copyright=CC BY 4.0 Movekit"];
    ffmpeg([
      ...input,
      "-an",
      "-c:v",
      "libx264",
      "-preset",
      "slow",
      "-tune",
      "animation",
      "-crf",
      "30",
      "-pix_fmt",
      "yuv420p",
      "-movflags",
      "+faststart",
      ...meta,
      join(mediaDir, files.mp4),
    ]);
    ffmpeg([
      ...input,
      "-an",
      "-c:v",
      "libvpx-vp9",
      "-crf",
      "42",
      "-b:v",
      "0",
      "-deadline",
      "good",
      "-cpu-used",
      "4",
      "-row-mt",
      "1",
      "-pix_fmt",
      "yuv420p",
      ...meta,
      join(mediaDir, files.webm),
    ]);
    // The poster shows the start position (what the viewer is asked to set up first).
    const poster = join(frameDir, "poster.svg");
    writeFileSync(
      poster,
      figureSvg(demo.keyframes[demo.stills.start]?.pose ?? poseAt(demo, 0), colours, WIDTH, HEIGHT),
    );
    ffmpeg(["-c:v", "svg", "-i", poster, "-frames:v", "1", "-q:v", "5", join(mediaDir, files.poster)]);
    if (demo.exerciseId === HLS_CLIP) writeHls(mediaDir, files.mp4);
  } finally {
    rmSync(frameDir, { recursive: true, force: true });
  }
}

function writeTracks(demo: MovementDemoSpec, cues: ClipCue[], mediaDir: string) {
  const files = demoClipFiles(demo.exerciseId);
  for (const locale of CLIP_LANGUAGES) {
    const chapters = chaptersFromCues(cues, locale);
    const lines = chapters.map((c) => ({ id: c.id, start: c.start, end: c.end, text: c.label }));
    writeFileSync(join(mediaDir, files.captions[locale]), serializeWebVtt(lines, { header: `captions ${locale}` }));
    writeFileSync(join(mediaDir, files.chapters[locale]), serializeWebVtt(lines, { header: `chapters ${locale}` }));
  }
}

export async function renderAll(options: { mediaDir: string; tokensCss: string; only?: string[] }) {
  const { mediaDir, only = [] } = options;
  mkdirSync(mediaDir, { recursive: true });
  const colours = themeColours(options.tokensCss);
  for (const id of DEMO_CLIP_IDS) {
    if (only.length > 0 && !only.includes(id)) continue;
    const demo = movementDemos[id];
    if (!demo) throw new Error(`media: no movement demo for "${id}"`);
    const cues = cuesFor(id);
    checkTiming(demo, cues);
    writeTracks(demo, cues, mediaDir);
    renderClip(demo, mediaDir, colours);
    const files = demoClipFiles(id);
    const kb = (name: string) => `${(statSync(join(mediaDir, name)).size / 1024).toFixed(0)} kB`;
    console.log(`media: ${id}: mp4 ${kb(files.mp4)}, webm ${kb(files.webm)}, poster ${kb(files.poster)}`);
  }
}
