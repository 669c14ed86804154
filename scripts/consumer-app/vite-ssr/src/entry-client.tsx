import "@movekit/react/styles.css";
import { hydrateRoot } from "react-dom/client";
import { App } from "./app";

const root = document.getElementById("root");
if (!root) throw new Error("no #root");
hydrateRoot(root, <App />, {
  onRecoverableError: (error) => console.error("hydration error:", error),
});
