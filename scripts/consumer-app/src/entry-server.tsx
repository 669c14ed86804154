import { renderToString } from "react-dom/server";
import { Page } from "./page";

export function render(): string {
  return renderToString(<Page />);
}
