// Every component that writes a URL, takes a URL builder or hands a URL to the host's link component, against
// the same hostile list as core's validation. One checker decides for all of them: core's isSafeUrl.
import { isSafeUrl } from "@movekit/core";
import { gluteBridge, ladderExercises } from "@movekit/fixtures/exercises";
import { HOSTILE_URLS } from "@movekit/fixtures/hostile-urls";
import { fixtureExercises, programmeFixture } from "@movekit/fixtures/programmes";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EvidenceList } from "../evidence-list/evidence-list";
import { ExerciseCard } from "../exercise-card/exercise-card";
import { ExerciseVideo } from "../exercise-video/exercise-video";
import type { MovekitLinkProps } from "../movekit-provider/movekit-context";
import { MovekitProvider } from "../movekit-provider/movekit-provider";
import { ProgrammeView } from "../programme-view/programme-view";
import { ProgressionLadder } from "../progression-ladder/progression-ladder";
import { URL_ATTRIBUTES } from "./testing/unsafe-urls";

// The empty string is "no link", not an attack on an attribute; every other entry must never be written.
const HOSTILE = HOSTILE_URLS.filter((url) => url !== "");

/** Every URL attribute the server HTML carries (as the browser would read them). */
function urlsIn(html: string): string[] {
  const template = document.createElement("template");
  template.innerHTML = html;
  const out: string[] = [];
  for (const element of Array.from(template.content.querySelectorAll("*"))) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== null) out.push(value);
    }
  }
  return out;
}

// What the host link component below was given, per test.
let linked: string[] = [];
function HostLink({ href, ...rest }: MovekitLinkProps) {
  linked.push(String(href));
  return <a {...rest} href={href} />;
}

/** A URL builder that answers each call with the next URL of the list, so one render tries them all. */
function cycling(urls: readonly string[]) {
  const builder = Object.assign(() => urls[builder.calls++ % urls.length], { calls: 0 });
  return builder;
}

function expectOnlySafeUrls(ui: ReactElement): void {
  const urls = urlsIn(renderToString(ui));
  for (const url of urls) {
    // tel: links are built by the kit from digits (the emergency number), never from a host or content URL.
    if (url.startsWith("tel:")) continue;
    expect(isSafeUrl(url), `unsafe URL written: ${JSON.stringify(url)}`).toBe(true);
  }
  for (const hostile of HOSTILE) expect(urls).not.toContain(hostile);
}

describe("one URL checker for every component", () => {
  // ProgrammeView calls exerciseHref once per session row, so a few renders cover the whole list (one render per
  // URL made this test take seconds).
  // Several server renders of a programme in React's development build: a ceiling for a busy machine, not a
  // speed check.
  it("ProgrammeView writes no exerciseHref result that fails the check, with plain <a> links", {
    timeout: 30_000,
  }, () => {
    const exerciseHref = cycling(HOSTILE);
    while (exerciseHref.calls < HOSTILE.length) {
      expectOnlySafeUrls(
        <ProgrammeView programme={programmeFixture} exercises={fixtureExercises} exerciseHref={exerciseHref} />,
      );
    }
    expect(exerciseHref.calls).toBeGreaterThanOrEqual(HOSTILE.length);
  });

  it("ProgrammeView hands the provider's link component only checked URLs, and still links safe ones", {
    timeout: 30_000,
  }, () => {
    linked = [];
    const exerciseHref = cycling([...HOSTILE, "/exercises/glute-bridge", "https://clinic.example/ex/1"]);
    while (exerciseHref.calls < HOSTILE.length + 2) {
      renderToString(
        <MovekitProvider linkComponent={HostLink}>
          <ProgrammeView programme={programmeFixture} exercises={fixtureExercises} exerciseHref={exerciseHref} />
        </MovekitProvider>,
      );
    }
    expect(exerciseHref.calls).toBeGreaterThanOrEqual(HOSTILE.length + 2);
    expect(linked.filter((href) => !isSafeUrl(href))).toEqual([]);
    expect(new Set(linked)).toEqual(new Set(["/exercises/glute-bridge", "https://clinic.example/ex/1"]));
  });

  it("ProgressionLadder writes and hands over only checked getHref results", () => {
    linked = [];
    for (const url of HOSTILE) {
      expectOnlySafeUrls(<ProgressionLadder exercise={gluteBridge} exercises={ladderExercises} getHref={() => url} />);
      renderToString(
        <ProgressionLadder
          exercise={gluteBridge}
          exercises={ladderExercises}
          getHref={() => url}
          linkComponent={HostLink}
        />,
      );
    }
    expect(linked).toEqual([]);
  });

  it("ExerciseCard writes no unsafe href or poster", () => {
    for (const url of HOSTILE) {
      const exercise = { ...gluteBridge, media: gluteBridge.media && { ...gluteBridge.media, poster: url } };
      expectOnlySafeUrls(<ExerciseCard exercise={exercise} href={url} />);
    }
  });

  it("EvidenceList links no unsafe reference URL", () => {
    for (const url of HOSTILE) {
      const evidence = [{ ...gluteBridge.evidence[0], references: [{ citation: "A study.", url }] }];
      expectOnlySafeUrls(<EvidenceList evidence={evidence as typeof gluteBridge.evidence} />);
    }
  });

  it("ExerciseVideo writes no unsafe source, poster or caption track", () => {
    for (const url of HOSTILE) {
      const media = gluteBridge.media && {
        ...gluteBridge.media,
        sources: [{ src: url, type: "video/mp4" }],
        poster: url,
        captions: [{ src: url, lang: "en-GB" as const, label: "English" }],
      };
      expectOnlySafeUrls(<ExerciseVideo exercise={{ ...gluteBridge, media }} lazy={false} />);
    }
  });
});
