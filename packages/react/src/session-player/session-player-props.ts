import type { Catalogue, Exercise, Locale, MovementDemoSpec, PainRule, RedFlag, SessionItem } from "@movekit/core";
import type { RecordStore } from "@movekit/core/records";
import type { SessionLog } from "@movekit/core/session";
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import type { HeadingLevel } from "../internal/heading";
import type { SessionClock } from "./use-session";

export interface SessionPlayerProps extends Omit<ComponentPropsWithoutRef<"section">, "children" | "title"> {
  /** The session's exercises in order, each with its dose (a phase's `contents`). */
  items: ReadonlyArray<SessionItem>;
  /** The exercises `items` refer to, looked up by id. */
  exercises: ReadonlyArray<Exercise>;
  /** Heading of the player. @default "Guided session" */
  title?: string;
  /**
   * The programme's pain rule: with it, a pain score given in the session gets core's safety verdict, and a
   * verdict of "stop for today" or stricter ends the session ("End today's session").
   */
  painRule?: PainRule;
  /** The programme's warning signs, shown with the exercise's when pain stops the session. @default [] */
  redFlags?: ReadonlyArray<RedFlag>;
  /**
   * Called with the log each time it really changes (a set done, an exercise skipped, a saved session resumed,
   * the answers at the end); never on mount, once per change under StrictMode.
   */
  onLogChange?: (log: SessionLog) => void;
  /**
   * Called once with the final log: when the person finishes the session, or when pain ends it early (then
   * `log.ended` says why and `log.completed` is false).
   */
  onComplete?: (log: SessionLog) => void;
  /**
   * Where to keep the session as it goes, so it can be resumed after a reload: a `session-progress` record while
   * it runs, a `session-log` record once it is finished or ended. Without one, nothing is kept.
   */
  store?: RecordStore;
  /**
   * The store key of this session's progress. @default derived from `programmeId` and `sessionId`, else from the
   * session's exercises
   */
  recordKey?: string;
  /** The programme this session belongs to, saved with its records. */
  programmeId?: string;
  /** Which session of the programme this is (for the derived record key). */
  sessionId?: string;
  /**
   * Called when the store fails (full, blocked, unavailable). The person sees a notice and the session carries
   * on in memory; nothing they did is lost.
   */
  onStoreError?: (error: unknown) => void;
  /** Time source; inject one in tests to drive the countdowns. @default performance.now() and window timers */
  clock?: SessionClock;
  /** Sound (tones and spoken cues) on or off, when the host controls it; pair with `onSoundChange`. */
  sound?: boolean;
  /** Start with sound on, when the host does not control it. The person can always switch it. @default false */
  defaultSound?: boolean;
  /** Called when the person switches sound on or off. */
  onSoundChange?: (on: boolean) => void;
  /** Keep the screen on while the session runs, where the browser supports it. @default true */
  keepScreenOn?: boolean;
  /**
   * Keyframe movement demos by exercise id (`movementDemos` from @movekit/content), shown for exercises that
   * have no video.
   */
  movementDemos?: Readonly<Record<string, MovementDemoSpec>>;
  /**
   * Your own demonstration for an exercise. @default its video (with captions) when it has one, else its movement
   * demo, else its written start position
   */
  renderMedia?: (exercise: Exercise) => ReactNode;
  /** Level of the player's heading, to fit the page outline. @default 2 */
  headingLevel?: HeadingLevel;
  /** BCP 47 locale. @default the MovekitProvider's locale */
  locale?: Locale | string;
  /** Replace any of the catalogue's strings. */
  messages?: Partial<Catalogue>;
}
