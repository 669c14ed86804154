import { clamshell, eccentricLegLowering, frontPlank, gluteBridge } from "@movekit/content";
import type { Exercise } from "@movekit/core";
import { formatClock } from "@movekit/core/video";
import { CueList } from "@movekit/react/cue-list";
import { ExerciseVideo, useExerciseVideo } from "@movekit/react/exercise-video";
import type { Decorator, Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { demoFileUrl, demoMediaFor } from "../packages/react/src/exercise-video/testing/demo-media";
import { WAIT_CEILING_MS } from "../vitest.wait";

// The library's exercises with their demo clips served by Storybook's Vite.
const withMedia = (exercise: Exercise): Exercise => ({
  ...exercise,
  media: demoMediaFor(exercise.id as Parameters<typeof demoMediaFor>[0]),
});
const clam = withMedia(clamshell);

/**
 * A fresh player paints its poster and Play first and the rest of itself a frame later (marked `data-pending`
 * until then): every play, and so the axe check after it, waits until each player on the canvas is whole.
 */
const wholePlayer = (root: HTMLElement) =>
  waitFor(() => expect(root.querySelector('[data-slot="exercise-video"][data-pending]')).toBeNull(), {
    timeout: WAIT_CEILING_MS,
  });

const meta = {
  title: "Video/ExerciseVideo",
  component: ExerciseVideo,
  args: { exercise: clam },
  parameters: { layout: "padded" },
  play: async ({ canvasElement }) => {
    await wholePlayer(canvasElement);
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 640 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ExerciseVideo>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The clamshell clip: chapters from the cue times, captions on. Nothing but the lazy poster loads before Play;
 * the transcript comes from the exercise's cues until the caption file arrives.
 */
export const Clamshell: Story = {
  play: async ({ canvasElement }) => {
    await wholePlayer(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("navigation", { name: "Chapters" })).toBeVisible();
    await expect(canvas.getByRole("slider", { name: "Seek" })).toHaveAttribute("aria-keyshortcuts");
    await waitFor(() => expect(canvas.getAllByRole("button", { name: /heels together/ }).length).toBe(2));
  },
};

/** Before play: the poster at its natural size with the large play sign; nothing but the poster has loaded. */
export const Poster: Story = {
  play: async ({ canvasElement }) => {
    await wholePlayer(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('[data-slot="play-overlay"]')).toBeVisible();
    await expect(canvasElement.querySelector("video")?.getAttribute("src")).toBeNull();
    await expect(canvas.getByRole("button", { name: "Play" })).toBeVisible();
  },
};

/** Playing: the bar's button says Pause, the play sign has gone. */
export const Playing: Story = {
  args: { captionsOn: true },
  play: async ({ canvasElement }) => {
    await wholePlayer(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Play" }));
    await waitFor(() => expect(canvas.getByRole("button", { name: "Pause" })).toBeVisible());
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="play-overlay"]')).toBeNull());
    await userEvent.click(canvas.getByRole("button", { name: "Pause" }));
  },
};

/** The speed menu open from the keyboard: arrows move, Enter chooses, Escape closes; focus returns to it. */
export const SpeedMenu: Story = {
  play: async ({ canvasElement }) => {
    await wholePlayer(canvasElement);
    const canvas = within(canvasElement);
    canvas.getByRole("button", { name: "Speed: 1×" }).focus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(canvas.getByRole("menuitemradio", { name: "1×" })).toHaveFocus());
    await userEvent.keyboard("{ArrowUp}{Enter}");
    await waitFor(() => expect(canvas.getByRole("button", { name: "Speed: 0.75×" })).toHaveFocus());
    await userEvent.keyboard("{ArrowDown}");
    await expect(canvas.getByRole("menu", { name: "Speed" })).toBeVisible();
  },
};

/** A video with no caption file: the control says captions are unavailable and why. */
export const CaptionsUnavailable: Story = {
  args: { exercise: { ...clam, media: { ...demoMediaFor("clamshell"), captions: [] } } },
  play: async ({ canvasElement }) => {
    await wholePlayer(canvasElement);
    const canvas = within(canvasElement);
    const button = canvas.getByRole("button", { name: "Captions unavailable" });
    await expect(button).toHaveAttribute("aria-disabled", "true");
    await expect(button).toHaveAccessibleDescription("This video has no captions.");
  },
};

/*
 * The dark theme as its own scope inside whatever theme the toolbar (or the contrast test) picks, so the story
 * shows dark in every run without pinning the page's theme.
 */
const darkScope: Decorator[] = [
  (Story) => (
    <div
      data-mk-theme="dark"
      style={{ padding: "1rem", background: "var(--mk-color-surface)", color: "var(--mk-color-on-surface)" }}
    >
      <Story />
    </div>
  ),
];

const narrow: Decorator[] = [
  (Story) => (
    <div style={{ maxWidth: 320 }}>
      <Story />
    </div>
  ),
];

/** At 320 px: one row (play, time, captions, speed, More); mute, chapter loop and full screen are in More. */
export const Narrow320: Story = {
  decorators: narrow,
  play: async ({ canvasElement }) => {
    await wholePlayer(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "More controls" }));
    await waitFor(() => expect(canvas.getByRole("menuitemcheckbox", { name: "Mute" })).toHaveFocus());
  },
};

/** Right to left: the bar and the seek bar run the other way. */
export const RightToLeft: Story = { globals: { dir: "rtl" } };

/** The dark theme: controls, tooltips, menus and focus rings from the theme's tokens. */
export const Dark: Story = {
  decorators: darkScope,
  play: async ({ canvasElement }) => {
    await wholePlayer(canvasElement);
    within(canvasElement).getByRole("button", { name: "Play" }).focus();
    await userEvent.tab();
  },
};

/** The dark theme at 320 px. */
export const DarkNarrow: Story = { decorators: [...darkScope, ...narrow] };

export const GluteBridge: Story = { args: { exercise: withMedia(gluteBridge) } };
export const FrontPlank: Story = { args: { exercise: withMedia(frontPlank) } };
export const EccentricLegLowering: Story = { args: { exercise: withMedia(eccentricLegLowering) } };

/** Labels, chapters, captions and transcript in Spanish. */
export const Spanish: Story = {
  globals: { locale: "es" },
  args: { locale: "es" },
};

function PlayerWithCues({ exercise }: { exercise: Exercise }) {
  const video = useExerciseVideo({ exercise });
  return (
    <div style={{ display: "grid", gap: "1rem" }}>
      <ExerciseVideo controller={video} showChapters={false} />
      <CueList
        cues={exercise.cues}
        activeCueId={video.activeCue?.id}
        onCueSelect={(_, id) => video.actions.seekChapter(id)}
      />
    </div>
  );
}

/** One controller shared with CueList: the cue the video shows is highlighted; choosing a cue seeks. */
export const WithCueList: Story = {
  render: (args) => <PlayerWithCues exercise={args.exercise as Exercise} />,
  play: async ({ canvasElement }) => {
    await wholePlayer(canvasElement);
    const canvas = within(canvasElement);
    // The transcript shows the same words, so look inside the cue list.
    const list = canvasElement.querySelector<HTMLElement>('[data-slot="cue-list"]') as HTMLElement;
    const cue = within(list).getByRole("button", { name: /heels together as the knee opens/ });
    await userEvent.click(cue);
    await waitFor(() => expect(canvas.getByRole("slider", { name: "Seek" })).toHaveValue("2.5"));
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="cue"][data-state="active"]')).not.toBeNull());
  },
};

/** A silent demo loop: plays muted by itself (not under reduced motion); the pause control stays visible. */
export const DemoLoop: Story = { args: { autoPlayMutedLoop: true, defaultCaptionsOn: false } };

/** The same loop under reduced motion: it fetches nothing and waits for the viewer to press Play. */
export const DemoLoopReducedMotion: Story = {
  args: { autoPlayMutedLoop: true, reducedMotion: true },
  play: async ({ canvasElement }) => {
    await wholePlayer(canvasElement);
    const canvas = within(canvasElement);
    // The poster (lazy <img>) is the first thing the player loads; once it is in, autoplay has had its chance.
    const poster = canvasElement.querySelector<HTMLImageElement>('[data-slot="poster"]');
    await waitFor(() => expect(poster?.complete).toBe(true));
    await expect(canvasElement.querySelector("video")?.getAttribute("src")).toBeNull();
    await expect(canvasElement.querySelector("video")?.paused).toBe(true);
    await expect(canvas.getByRole("button", { name: "Play" })).toBeVisible();
  },
};

/** The video file is missing (404): poster, written steps and transcript take its place. */
export const VideoFails: Story = {
  args: {
    exercise: {
      ...clam,
      media: {
        ...demoMediaFor("clamshell"),
        sources: [{ src: "/movekit-missing/clamshell.webm", type: "video/webm" }],
      },
    },
  },
  play: async ({ canvasElement }) => {
    await wholePlayer(canvasElement);
    const canvas = within(canvasElement);
    // Nothing is fetched before play, so the missing file shows only once the viewer asks for the video.
    await userEvent.click(canvas.getByRole("button", { name: "Play" }));
    await waitFor(() =>
      expect(
        canvas.getByText(/The video could not be played/, { selector: ".mk-exercise-video__notice" }),
      ).toBeVisible(),
    );
    await expect(canvas.getByRole("region", { name: "Steps" })).toBeVisible();
    await expect(canvas.getByRole("region", { name: "Transcript" })).toBeVisible();
  },
};

/** A caption file is missing: the player says so and shows the written steps; the video still plays. */
export const CaptionsFail: Story = {
  args: {
    exercise: {
      ...clam,
      media: {
        ...demoMediaFor("clamshell"),
        captions: [{ src: "/movekit-missing/clamshell.vtt", lang: "en-GB", label: "English" }],
      },
    },
  },
  play: async ({ canvasElement }) => {
    await wholePlayer(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Play" }));
    await waitFor(() =>
      expect(
        canvas.getByText(/Captions could not be loaded/, { selector: ".mk-exercise-video__notice" }),
      ).toBeVisible(),
    );
    await expect(canvas.getByRole("button", { name: "Captions unavailable" })).toHaveAttribute("aria-disabled", "true");
  },
};

/** Sources and cues passed directly, without an exercise; keyboard shortcuts turned off. */
export const SourcesOnlyNoShortcuts: Story = {
  args: {
    exercise: undefined,
    sources: demoMediaFor("glute-bridge").sources,
    captions: demoMediaFor("glute-bridge").captions,
    poster: demoMediaFor("glute-bridge").poster,
    cues: gluteBridge.cues,
    keyShortcuts: false,
  },
};

/** An HLS playlist: played natively where the browser can, else through hls.js, loaded only for it. */
export const HlsStream: Story = {
  args: { sources: [{ src: demoFileUrl("clamshell.m3u8") }] },
};

function MinimalSkin({ exercise }: { exercise: Exercise }) {
  const video = useExerciseVideo({ exercise });
  const { state, actions } = video;
  const { ref: playerRef, onKeyDown } = video.getPlayerProps();
  return (
    <section ref={playerRef} onKeyDown={onKeyDown} aria-label="Custom player" style={{ display: "grid", gap: 8 }}>
      <video {...video.getVideoProps()} style={{ width: "100%", background: "#1d232b" }}>
        {video.getTrackProps().map(({ key, ...track }) => (
          <track key={key} {...track} />
        ))}
      </video>
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
        <button type="button" onClick={actions.toggle} style={{ minHeight: 44 }}>
          {state.playing ? "Pause" : "Play"}
        </button>
        {video.chapters.map((chapter) => (
          <button
            key={chapter.id}
            type="button"
            aria-current={chapter.id === video.activeChapter?.id ? "true" : undefined}
            onClick={() => actions.seekChapter(chapter.id)}
            style={{ minHeight: 44 }}
          >
            {formatClock(chapter.start)} {chapter.label}
          </button>
        ))}
      </div>
      <p>{video.positionText}</p>
    </section>
  );
}

/** A team's own skin on the headless hook: same state, chapters and actions. */
export const HeadlessHook: Story = { render: (args) => <MinimalSkin exercise={args.exercise as Exercise} /> };
