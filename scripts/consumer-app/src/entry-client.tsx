import "@movekit/react/styles.css";
import { useEffect } from "react";
import { hydrateRoot } from "react-dom/client";
import { Page } from "./page";

/** Flags the end of hydration from an effect: effects run only once the hydrated tree has committed. */
function HydrationDone() {
  useEffect(() => {
    (window as unknown as { __hydrated: boolean }).__hydrated = true;
  }, []);
  return null;
}

const root = document.getElementById("root");
if (!root) throw new Error("no #root");
hydrateRoot(
  root,
  <>
    <Page />
    <HydrationDone />
  </>,
  { onRecoverableError: (error) => console.error("hydration error:", error) },
);
