import "@movekit/react/styles.css";
import { hydrateRoot } from "react-dom/client";
import { Page } from "./page";

const root = document.getElementById("root");
if (!root) throw new Error("no #root");
hydrateRoot(root, <Page />, {
  onRecoverableError: (error) => console.error("hydration error:", error),
});
(window as unknown as { __hydrated: boolean }).__hydrated = true;
