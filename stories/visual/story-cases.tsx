/// <reference types="vite/client" />
// Every story of every stories file, composed with Storybook's own preview (decorators, globals), for the
// screenshot runs. Discovery is a glob, so new and renamed stories are picked up with no list to maintain.
import { composeStories } from "@storybook/react-vite";
import type { ReactNode } from "react";
import { expect } from "vitest";
import preview from "../../.storybook/preview";

export type StoryCase = {
  /** `exercise-detail/Default`: the stories file without `.stories.tsx`, then the export name. */
  id: string;
  file: string;
  name: string;
  /** Story parameters, for `visual: { skip: "why" }`. */
  parameters: Record<string, unknown>;
  render: (globals?: Record<string, string>) => ReactNode;
};

const storyFiles = import.meta.glob<Record<string, unknown>>("../*.stories.tsx", { eager: true });

export function storyCases(): StoryCase[] {
  return Object.entries(storyFiles).flatMap(([path, mod]) => {
    const file = path.replace("../", "").replace(".stories.tsx", "");
    // Composed once per globals set, lazily: one composition per theme.
    const composed = new Map<string, Record<string, unknown>>();
    const compose = (globals: Record<string, string>) => {
      const key = JSON.stringify(globals);
      let stories = composed.get(key);
      if (!stories) {
        const annotations = { ...preview, initialGlobals: { ...preview.initialGlobals, ...globals } };
        stories = composeStories(mod as never, annotations) as Record<string, unknown>;
        composed.set(key, stories);
      }
      return stories;
    };
    return Object.entries(compose({})).map(([name, Story]) => ({
      id: `${file}/${name}`,
      file,
      name,
      parameters: ((Story as { parameters?: Record<string, unknown> }).parameters ?? {}) as Record<string, unknown>,
      render: (globals = {}) => {
        const Themed = compose(globals)[name] as () => ReactNode;
        return <Themed />;
      },
    }));
  });
}

/** The bundled web font's faces (@movekit/tokens/fonts.css), requested and loaded. */
export async function loadFonts(): Promise<void> {
  // `fonts.ready` alone can settle before a face is requested, so each face is asked for by name.
  await Promise.all(
    [
      '400 1em "Atkinson Hyperlegible Next"',
      '700 1em "Atkinson Hyperlegible Next"',
      'italic 400 1em "Atkinson Hyperlegible Next"',
    ].map((font) => document.fonts.load(font, "aA¿ñ")),
  );
}

/** Whether `element` is in view now (inside its scroll containers and the viewport): the first observer report. */
function inView(element: Element): Promise<boolean> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver((entries) => {
      observer.disconnect();
      resolve(entries.some((entry) => entry.isIntersecting));
    });
    observer.observe(element);
  });
}

/**
 * Waits until a rendered story has settled: deferred parts rendered (`data-pending` gone), web fonts loaded, and
 * every image decoded (posters included), so a screenshot shows the finished page and not a loading frame.
 */
export async function settled(root: HTMLElement): Promise<void> {
  await expect.poll(() => root.querySelector("[data-pending]")).toBeNull();
  await loadFonts();
  await document.fonts.ready;
  const sources = [
    ...[...root.querySelectorAll("img")].map((img) => img.currentSrc || img.src),
    ...[...root.querySelectorAll("video")].map((video) => video.poster),
  ].filter(Boolean);
  await Promise.all(
    sources.map(async (src) => {
      const img = new Image();
      img.src = src;
      // A broken image (a story of a 404) is a settled state too.
      await img.decode().catch(() => undefined);
    }),
  );
  await Promise.all(
    [...root.querySelectorAll("img")].map(async (img) => {
      // A lazy image out of view never loads (the plain list of a small library renders every card): not waited for.
      if (img.complete || (img.loading === "lazy" && !(await inView(img)))) return;
      await img.decode().catch(() => undefined);
    }),
  );
  // Two frames: layout after the last image or font swap has been painted.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/**
 * Stops any playing video on its first frame (a demo loop, say), so two runs show the same picture. The player may
 * ask to play again (a muted loop resumes when it scrolls back into view), so `play` becomes a no-op for the rest of
 * the test: the element is unmounted after its pictures.
 */
export async function freezeMedia(root: HTMLElement): Promise<void> {
  await Promise.all(
    [...root.querySelectorAll("video")].map(async (video) => {
      video.play = () => Promise.resolve();
      video.pause();
      // No data yet (the poster shows) or already on the first frame: nothing to seek.
      if (video.readyState < HTMLMediaElement.HAVE_METADATA || video.currentTime === 0) return;
      const seeked = new Promise((resolve) => video.addEventListener("seeked", resolve, { once: true }));
      video.currentTime = 0;
      await seeked;
    }),
  );
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}
