import type { Translator } from "@movekit/core";

/** What a part of the programme that failed to render shows instead; its safety text stays outside the boundary. */
export function SectionError({ t }: { t: Translator }) {
  return (
    <div className="mk-programme-view__section-error" data-slot="section-error">
      <p>{t("programme.sectionError")}</p>
    </div>
  );
}
