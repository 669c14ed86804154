export { ExerciseDetail, type ExerciseDetailProps } from "./exercise-detail";
