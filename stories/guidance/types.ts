/**
 * Usage guidance for one component's docs page, written for designers and clinic developers: when to reach for
 * it, when not to, do and don't, its parts, the `data-*` states it documents for styling and tests, and what it
 * does for people using assistive technology. Rendered by .storybook/component-docs-page.tsx under the title.
 */
export interface ComponentGuidance {
  readonly use: readonly string[];
  readonly avoid: readonly string[];
  readonly dos: readonly string[];
  readonly donts: readonly string[];
  /** The parts, top to bottom, as "Part: what it is". */
  readonly anatomy: readonly string[];
  /** [selector, what it means] pairs, as the component's `@selector` notes document them. */
  readonly dataAttributes: ReadonlyArray<readonly [string, string]>;
  readonly accessibility: readonly string[];
}
