"use client";
export { ExerciseVideo, type ExerciseVideoProps } from "./exercise-video";
export {
  type ExerciseVideoActions,
  type ExerciseVideoContent,
  type ExerciseVideoController,
  type ExerciseVideoState,
  PLAYBACK_RATES,
  type PlaybackRate,
  type UseExerciseVideoOptions,
  useExerciseVideo,
  type VideoError,
} from "./use-exercise-video";
