import {
  type Catalogue,
  CUE_ROLES,
  type Cue,
  type CueRole,
  contentMessages,
  createTranslator,
  cuesMessages,
  DEFAULT_LOCALE,
  type Locale,
  type Translator,
  vocabCueRoleMessages,
} from "@movekit/core";
import { type ComponentPropsWithoutRef, forwardRef } from "react";
import { cx } from "../internal/class-names";
import { Heading, type HeadingLevel } from "../internal/heading";
import { CheckIcon, CrossIcon } from "../internal/icons";
import { Localized } from "../internal/localized";

/** The message bundles this component shows strings from. */
const BUNDLES = [cuesMessages, vocabCueRoleMessages, contentMessages];

/**
 * A cue as CueList takes it: the model's `Cue` fits, with an `id` when the content gives one. Loose enough for
 * the video's timed cues too (no role: listed after the grouped ones).
 */
export interface CueItem {
  id?: string;
  role?: Cue["role"];
  kind?: Cue["kind"];
  text: Partial<Cue["text"]>;
  time?: Cue["time"];
}

/** A cue's id: its own, or "cue-<n>" from its 1-based position in the exercise's cue list (as the video uses). */
export function cueId(cue: CueItem, index: number): string {
  return cue.id ?? `cue-${index + 1}`;
}

export interface CueListProps extends Omit<ComponentPropsWithoutRef<"div">, "children"> {
  /** The exercise's cues, in teaching order. */
  cues: ReadonlyArray<CueItem>;
  /**
   * The cue to highlight, for example the one the video is showing. Gets `data-state="active"` and
   * `aria-current="step"`.
   * @selector [data-slot="cue"][data-state="active"]
   */
  activeCueId?: string;
  /** Makes each cue a button (for seeking a video to it). Called with the cue and its id. */
  onCueSelect?: (cue: CueItem, id: string) => void;
  /**
   * `role` shows a headed group per cue role with two or more cues (setup, movement, breathing, form, safety);
   * roles with a single cue merge into one list ("Other cues", or the only list when no role has two), each cue
   * tagged with its role. `none` one list. @default "none"
   */
  groupBy?: "none" | "role";
  /** Show only these roles. @default all */
  roles?: ReadonlyArray<CueRole>;
  /**
   * `visible` shows "Do:" / "Don't:" before each do or don't cue; `hidden` keeps it for screen readers only and
   * relies on the icon visually.
   * @default "visible"
   */
  prefix?: "visible" | "hidden";
  /** BCP 47 locale. @default "en-GB" */
  locale?: Locale | string;
  /** Heading level of role groups. @default 3 */
  headingLevel?: HeadingLevel;
  /** Accessible name of the list. @default "Coaching cues" */
  label?: string;
  /** Replace any of the catalogue's strings. */
  messages?: Partial<Catalogue>;
}

interface Entry {
  cue: CueItem;
  id: string;
}

/**
 * Coaching cues in order, each do or don't announced in words ("Do:", "Don't:") with an icon hidden from
 * assistive tech. `activeCueId` highlights one cue so video playback can drive it; `onCueSelect` makes each cue
 * a keyboard-operable button. Holds no state and needs no provider.
 * @selector [data-slot="cue"][data-kind="do" | "dont" | "note"][data-role][data-state="active" | "inactive"]
 */
export const CueList = forwardRef<HTMLDivElement, CueListProps>(function CueList(
  {
    cues,
    activeCueId,
    onCueSelect,
    groupBy = "none",
    roles,
    prefix = "visible",
    locale = DEFAULT_LOCALE,
    headingLevel = 3,
    label,
    messages,
    className,
    ...rest
  }: CueListProps,
  ref,
) {
  const t = createTranslator(locale, messages, BUNDLES);
  const entries: Entry[] = cues
    .map((cue, index) => ({ cue, id: cueId(cue, index) }))
    .filter(({ cue }) => !roles || (cue.role !== undefined && roles.includes(cue.role)));
  const name = label ?? t("cues.label");
  const list = (items: Entry[], listLabel?: string, showRole = false) => (
    <ol className="mk-cue-list__items" aria-label={listLabel}>
      {items.map(({ cue, id }) => (
        <CueRow
          key={id}
          cue={cue}
          id={id}
          active={id === activeCueId}
          onSelect={onCueSelect}
          prefix={prefix}
          showRole={showRole}
          locale={locale}
          t={t}
        />
      ))}
    </ol>
  );
  const groups = groupBy === "role" ? groupByRole(entries) : [];
  // A heading over a single cue is noise: one-cue roles merge into one list, each cue keeping its role as a tag.
  const headed = groups.filter((group) => group.entries.length > 1);
  const merged = groups.filter((group) => group.entries.length === 1).flatMap((group) => group.entries);

  return (
    <div
      {...rest}
      ref={ref}
      className={cx("mk-cue-list", className)}
      data-slot="cue-list"
      data-group-by={groupBy}
      data-interactive={onCueSelect ? "" : undefined}
    >
      {entries.length === 0 ? (
        <p className="mk-cue-list__empty">{t("cues.empty")}</p>
      ) : groupBy === "role" && headed.length > 0 ? (
        <>
          {headed.map(({ role, entries: items }) => {
            const roleLabel = role ? t(`vocab.cueRole.${role}`) : name;
            return (
              <section key={role ?? "other"} className="mk-cue-list__group" data-slot="cue-group" data-role={role}>
                <Heading level={headingLevel} className="mk-cue-list__group-heading">
                  {roleLabel}
                </Heading>
                {list(items, roleLabel)}
              </section>
            );
          })}
          {merged.length > 0 && (
            <section className="mk-cue-list__group" data-slot="cue-group" data-role="merged">
              <Heading level={headingLevel} className="mk-cue-list__group-heading">
                {t("cues.other")}
              </Heading>
              {list(merged, t("cues.other"), true)}
            </section>
          )}
        </>
      ) : (
        // No role has two cues (or no grouping asked): one plain list, roles shown as tags when grouping was asked.
        list(groupBy === "role" ? merged : entries, name, groupBy === "role")
      )}
    </div>
  );
});

/** Entries by role in the vocabulary's order, cues without a role last; roles with no cues left out. */
function groupByRole(entries: Entry[]): Array<{ role: CueRole | undefined; entries: Entry[] }> {
  return [...CUE_ROLES, undefined]
    .map((role) => ({ role, entries: entries.filter((entry) => entry.cue.role === role) }))
    .filter((group) => group.entries.length > 0);
}

interface CueRowProps {
  cue: CueItem;
  id: string;
  active: boolean;
  onSelect: CueListProps["onCueSelect"];
  prefix: "visible" | "hidden";
  showRole: boolean;
  locale: Locale | string;
  t: Translator;
}

function CueRow({ cue, id, active, onSelect, prefix, showRole, locale, t }: CueRowProps) {
  const kind = cue.kind ?? "note";
  const Icon = kind === "do" ? CheckIcon : kind === "dont" ? CrossIcon : null;
  const content = (
    <>
      {Icon && <Icon className="mk-cue-list__icon" />}
      <span className="mk-cue-list__text">
        {showRole && cue.role && (
          <span className="mk-cue-list__role" data-slot="cue-role">
            {t(`vocab.cueRole.${cue.role}`)}
            <span className="mk-visually-hidden">: </span>
          </span>
        )}
        {kind !== "note" && (
          <>
            <span
              className={cx("mk-cue-list__prefix", prefix === "hidden" && "mk-visually-hidden")}
              data-slot="cue-prefix"
            >
              {t(kind === "do" ? "cues.do" : "cues.dont")}
            </span>{" "}
          </>
        )}
        <Localized text={cue.text} locale={locale} t={t} />
      </span>
    </>
  );
  const current = active ? ("step" as const) : undefined;
  return (
    <li
      className="mk-cue-list__cue"
      data-slot="cue"
      data-cue-id={id}
      data-kind={kind}
      data-role={cue.role}
      data-state={active ? "active" : "inactive"}
      aria-current={onSelect ? undefined : current}
    >
      {onSelect ? (
        <button
          type="button"
          className="mk-cue-list__button"
          data-slot="cue-button"
          aria-current={current}
          onClick={() => onSelect(cue, id)}
        >
          {content}
        </button>
      ) : (
        content
      )}
    </li>
  );
}
