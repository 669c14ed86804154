import type { Catalogue, Exercise, Locale, Programme, SessionItem, UnitSystem } from "@movekit/core";
import type { ComponentPropsWithoutRef, ErrorInfo, ReactNode } from "react";
import type { HeadingLevel } from "../internal/heading";

export interface ProgrammeViewProps extends Omit<ComponentPropsWithoutRef<"article">, "children" | "title"> {
  /** A validated programme (from `parseProgramme` or `@movekit/content`). */
  programme: Programme;
  /** The exercises the programme uses, looked up by id. */
  exercises: ReadonlyArray<Exercise>;
  /** First day of the programme, "YYYY-MM-DD": adds the week-by-week view with dated sessions. */
  startDate?: string;
  /** Today, "YYYY-MM-DD", for the current phase and week. Pass it when rendering on the server. @default now */
  today?: string;
  /** IANA time zone used to read today's date. @default the runtime's zone */
  timeZone?: string;
  /**
   * The phase the patient is really in (moving on depends on exit criteria, not dates). @default the phase
   * today falls in by the calendar, or the first phase without a start date
   */
  currentPhaseId?: string;
  /**
   * Link for an exercise's name in the session tables, e.g. its page in your app (rendered with the
   * MovekitProvider's `linkComponent`). @default a jump to the exercise's guide further down the page
   */
  getExerciseHref?: (exercise: Exercise) => string | undefined;
  /** The old name of `getExerciseHref`. @deprecated Use `getExerciseHref`; this name goes in the next release. */
  exerciseHref?: (exercise: Exercise) => string | undefined;
  /**
   * The https address the printed handout's QR code opens for an exercise.
   * @default the exercise's first video source when it is an absolute https URL
   */
  getVideoHref?: (exercise: Exercise) => string | undefined;
  /** The old name of `getVideoHref`. @deprecated Use `getVideoHref`; this name goes in the next release. */
  videoUrl?: (exercise: Exercise) => string | undefined;
  /** Extra content in an exercise's row. Rendered inside the row's error boundary. */
  renderExerciseExtra?: (exercise: Exercise | undefined, item: SessionItem) => ReactNode;
  /** Told when a part of the view fails to render and shows its fallback instead. */
  onSectionError?: (error: unknown, info: ErrorInfo) => void;
  /** Show the "Print handout" button. @default true */
  showPrintButton?: boolean;
  /** Level of the programme's heading. @default 2 */
  headingLevel?: HeadingLevel;
  /** BCP 47 locale. @default the MovekitProvider's locale */
  locale?: Locale | string;
  /** Unit system for loads and distances. @default the MovekitProvider's units */
  units?: UnitSystem;
  /** Replace any of the catalogue's strings. */
  messages?: Partial<Catalogue>;
  /** Ids of the open phases, to control them. Collapsed parts are not rendered; safety notes always are. */
  openPhases?: readonly string[];
  /** Ids of the phases open at first. @default the current phase (the first one before the start), none once finished */
  defaultOpenPhases?: readonly string[];
  /** Told the new list of open phase ids when the reader opens or closes one. */
  onOpenPhasesChange?: (phaseIds: string[]) => void;
  /** Open weeks (1-based programme weeks), to control them. */
  openWeeks?: readonly number[];
  /** Weeks open at first. @default this week (week 1 before the start), none once finished */
  defaultOpenWeeks?: readonly number[];
  /** Told the new list of open weeks when the reader opens or closes one. */
  onOpenWeeksChange?: (weeks: number[]) => void;
}
