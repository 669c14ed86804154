"use client";
import { type Catalogue, DEFAULT_LOCALE, type Locale, localeDirection, type UnitSystem } from "@movekit/core";
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useMemo } from "react";
import { cx } from "../internal/class-names";
import { DEFAULT_EMERGENCY_NUMBERS, type EmergencyNumbers, emergencyNumberFor } from "../internal/emergency-number";
import {
  type LinkComponent,
  MovekitContext,
  type MovekitContextValue,
  type ReducedMotionSetting,
} from "./movekit-context";

export interface MovekitProviderProps extends Omit<ComponentPropsWithoutRef<"div">, "dir" | "lang"> {
  /** The part of the page Movekit's settings apply to. */
  children?: ReactNode;
  /** BCP 47 locale for every Movekit string and number inside. @default "en-GB" */
  locale?: Locale | string;
  /** Unit system for loads and distances. @default "metric" (en-US: "imperial") */
  units?: UnitSystem;
  /**
   * Theme name written to `data-mk-theme`, which scopes the `--mk-*` tokens (a clinic theme file targets
   * `[data-mk-theme="<name>"]`). Leave it unset to inherit the theme of the page or an outer scope.
   * @default undefined
   * @selector [data-mk-theme]
   */
  theme?: string;
  /** Text direction. @default the locale's direction */
  dir?: "ltr" | "rtl";
  /**
   * The clinic's emergency numbers by locale, merged over the defaults (en-GB 999, en-US 911, es 112).
   * Safety notices show the number for the current locale.
   */
  emergencyNumbers?: EmergencyNumbers;
  /** The host router's link component, used for links between exercises. @default "a" */
  linkComponent?: LinkComponent;
  /**
   * Replace any of the catalogue's strings, and opt into a language other than en-GB by passing its pack:
   * `messages={es}` (`@movekit/core/locales/es`), or `mergeMessages(es, yourWording)` for both.
   */
  messages?: Partial<Catalogue>;
  /**
   * `"user"` follows the operating system's reduced-motion setting; `"always"` turns animation off whatever
   * the setting, and `"never"` allows it whatever the setting (both for an in-app preference the reader chose).
   * Components that move read it together with the device setting; the provider itself loads no animation code.
   * @default "user"
   * @selector [data-reduced-motion]
   */
  reducedMotion?: ReducedMotionSetting;
}

/**
 * Scopes Movekit for a part of a page: theme tokens, `dir` and `lang`, locale and units, the clinic's emergency
 * numbers, the host's link component and reduced motion. Client components read it with `useMovekit()`; static
 * components take the same settings as props and never need it.
 */
export const MovekitProvider = forwardRef<HTMLDivElement, MovekitProviderProps>(function MovekitProvider(
  {
    children,
    locale = DEFAULT_LOCALE,
    units,
    theme,
    dir,
    emergencyNumbers,
    linkComponent = "a",
    messages,
    reducedMotion = "user",
    className,
    ...rest
  }: MovekitProviderProps,
  ref,
) {
  const direction = dir ?? localeDirection(locale);
  const value = useMemo<MovekitContextValue>(() => {
    const numbers = { ...DEFAULT_EMERGENCY_NUMBERS, ...emergencyNumbers };
    return {
      locale,
      units,
      dir: direction,
      emergencyNumber: emergencyNumberFor(locale, numbers),
      emergencyNumbers: numbers,
      linkComponent,
      messages,
      reducedMotion,
    };
  }, [locale, units, direction, emergencyNumbers, linkComponent, messages, reducedMotion]);

  return (
    <MovekitContext.Provider value={value}>
      <div
        {...rest}
        ref={ref}
        className={cx("mk-provider", className)}
        data-slot="movekit-provider"
        data-mk-theme={theme}
        data-reduced-motion={reducedMotion}
        dir={direction}
        lang={locale}
      >
        {children}
      </div>
    </MovekitContext.Provider>
  );
});
