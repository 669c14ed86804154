"use client";
import { type Catalogue, DEFAULT_LOCALE, type Locale, localeDirection, type UnitSystem } from "@movekit/core";
import { type AnchorHTMLAttributes, createContext, type ElementType, type Ref, useContext } from "react";
import { DEFAULT_EMERGENCY_NUMBERS, type EmergencyNumbers, emergencyNumberFor } from "../internal/emergency-number";

/** What Movekit passes to a link component: an anchor's props with a checked, non-empty `href`. */
export interface MovekitLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /** Where the link goes: already checked as https or relative, never empty. */
  href: string;
  /** Forwarded to the anchor the link component renders. */
  ref?: Ref<HTMLAnchorElement>;
}

/**
 * A host router's link (`next/link`'s `Link` works as is). Routers that take `to` need a one-line adapter:
 * `({ href, ...props }) => <RouterLink to={href} {...props} />`.
 */
export type LinkComponent = ElementType<MovekitLinkProps>;

/**
 * Reduced motion for a Movekit scope: `"user"` follows the device's `prefers-reduced-motion`, `"always"` stops
 * all motion, `"never"` allows it whatever the device says (for an in-app setting the reader chose).
 */
export type ReducedMotionSetting = "user" | "always" | "never";

export interface MovekitContextValue {
  /** The reader's locale as given (BCP 47). */
  locale: Locale | string;
  /** Unit system for loads and distances. */
  units: UnitSystem | undefined;
  /** Text direction of the scope. */
  dir: "ltr" | "rtl";
  /** The emergency number for `locale`, clinic override first. */
  emergencyNumber: string;
  /** All emergency numbers, clinic overrides merged over the defaults. */
  emergencyNumbers: EmergencyNumbers;
  /** Link element used for in-app navigation. */
  linkComponent: LinkComponent;
  /**
   * The clinic's wording for any key. Components merge it under their own `messages` prop (the prop wins) and look
   * keys up in the message bundles they name; there is no scope-wide translator, since it would know no bundles.
   */
  messages: Partial<Catalogue> | undefined;
  /** The scope's reduced-motion setting (components resolve it with the device's through one internal hook). */
  reducedMotion: ReducedMotionSetting;
}

/** What client components see outside a MovekitProvider: en-GB, metric, 999, a plain `<a>`. */
export function defaultMovekitContext(): MovekitContextValue {
  return {
    locale: DEFAULT_LOCALE,
    units: undefined,
    dir: localeDirection(DEFAULT_LOCALE),
    emergencyNumber: emergencyNumberFor(DEFAULT_LOCALE),
    emergencyNumbers: DEFAULT_EMERGENCY_NUMBERS,
    linkComponent: "a",
    messages: undefined,
    reducedMotion: "user",
  };
}

export const MovekitContext = createContext<MovekitContextValue | null>(null);
MovekitContext.displayName = "MovekitContext";

let fallback: MovekitContextValue | undefined;

/**
 * Locale, units, emergency number, link component and translator for client components. Works without a
 * provider (returns the defaults), so a component never breaks because a host forgot one.
 */
export function useMovekit(): MovekitContextValue {
  const value = useContext(MovekitContext);
  if (value) return value;
  fallback ??= defaultMovekitContext();
  return fallback;
}
