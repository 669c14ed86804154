import { useEffect } from "react";
import { Page } from "./page";

/** Flags the end of hydration from an effect: effects run only once the hydrated tree has committed. */
function HydrationDone() {
  useEffect(() => {
    (window as unknown as { __hydrated: boolean }).__hydrated = true;
  }, []);
  return null;
}

/** The tree both entries render: server and client must render the same one, or useId values differ. */
export function App() {
  return (
    <>
      <Page />
      <HydrationDone />
    </>
  );
}
