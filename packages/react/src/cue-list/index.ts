export { type CueItem, CueList, type CueListProps, cueId } from "./cue-list";
