import { isSafeUrl } from "@movekit/core";

export const URL_ATTRIBUTES = ["href", "src", "poster", "action", "formaction", "xlink:href", "srcset"];

/** Every URL the DOM would load or follow must be safe; hostile ones must have been dropped. */
export function unsafeUrlsIn(container: HTMLElement): string[] {
  const found: string[] = [];
  for (const element of container.querySelectorAll("*")) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== null && !isSafeUrl(value)) found.push(`<${element.tagName.toLowerCase()} ${name}="${value}">`);
    }
  }
  return found;
}
