import type { contentMessages } from "../../i18n/messages/content";
import type { TableOf } from "../locale-table";

/** The Spanish strings of `contentMessages`; keys it leaves out fall back to en-GB. */
export const content = {
  "content.inEnglish": "(en inglés)",
} satisfies TableOf<typeof contentMessages>;
