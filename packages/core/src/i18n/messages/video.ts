import { defineMessages } from "../define-messages";

/** Strings under "video.*", in en-GB, the fallback for every locale (Spanish: @movekit/core/locales/es). */
export const videoMessages = defineMessages({
  "en-GB": {
    "video.label": "Exercise video",
    "video.positionOf": "{current} of {duration}",
    "video.positionChapter": "{time}, chapter: {chapter}",
    "video.currentChapter": "Chapter: {chapter}",
    "video.play": "Play",
    "video.pause": "Pause",
    "video.seek": "Seek",
    "video.speed": "Speed",
    "video.loopChapter": "Loop chapter",
    "video.captions": "Captions",
    "video.captionsUnavailable": "Captions unavailable",
    "video.captionsNone": "This video has no captions.",
    "video.more": "More controls",
    "video.captionLanguage": "Caption language",
    "video.mute": "Mute",
    "video.fullscreen": "Full screen",
    "video.chapters": "Chapters",
    "video.transcript": "Transcript",
    "video.transcriptLoading": "Loading the transcript…",
    "video.transcriptUnavailable": "The transcript could not be loaded.",
    "video.showTranscript": "Show the transcript",
    "video.steps": "Steps",
    "video.error": "The video could not be played. The steps and transcript below give the same guidance.",
    "video.trackError": "Captions could not be loaded. The transcript below has the same words.",
    "video.stalled":
      "The video has stopped loading. The steps and transcript below give the same guidance; you can try the video again later.",
    "video.shortcuts":
      "Keyboard shortcuts while the player has focus: Space or K to play or pause, J or Left arrow to go back 5 seconds, L or Right arrow to go forward 5 seconds, F for full screen, C for captions, M to mute.",
  },
});
