import { type Exercise, isSafeUrl, type Locale, localize, resolveLocale } from "@movekit/core";

/**
 * The exercise's picture (its video poster) for the printed handout: paper cannot play the video, and a picture
 * beside the words tells a patient at home which exercise they are reading about. Print-only; nothing renders when
 * the exercise has no poster or its address is not safe.
 * @selector [data-slot="handout-picture"]
 */
export function HandoutPicture({ exercise, locale }: { exercise: Exercise; locale: Locale | string }) {
  const media = exercise.media;
  if (!media || !isSafeUrl(media.poster)) return null;
  const alt = localize(media.alt, locale);
  return (
    <img
      className="mk-handout__picture"
      data-slot="handout-picture"
      data-print="only"
      src={media.poster}
      alt={alt.text}
      lang={alt.lang === resolveLocale(locale) ? undefined : alt.lang}
      // Hidden on screen, yet fetched: a lazy image would not be there when the page is printed. (No fetchPriority:
      // React 18, a supported peer, does not know the prop.)
      decoding="async"
    />
  );
}
