import { useLayoutEffect } from "react";

/**
 * Paints the whole canvas in the chosen theme: without it the dark theme drew a dark box on a white page, which is
 * not what a patient sees. The theme goes on <html>, so the page background and text colour come from the same
 * theme file as the story (data-mk-theme scopes the tokens); it is removed again when the story unmounts, so a
 * test that renders stories one after another never inherits the previous story's theme.
 */
export function CanvasTheme({ theme }: { theme: string }) {
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.mkTheme = theme;
    root.classList.add("mk-story-canvas");
    return () => {
      delete root.dataset.mkTheme;
      root.classList.remove("mk-story-canvas");
    };
  }, [theme]);
  return null;
}
