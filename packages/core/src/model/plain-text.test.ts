import { describe, expect, it } from "vitest";
import { isPlainText } from "./plain-text";

describe("isPlainText", () => {
  it.each([
    "Keep pain below 3/10.",
    "Pain < 3 and effort > 5 is fine",
    "Glúteos y cadera: ¡despacio!",
    "Line one\nLine two\twith a tab",
    "Rock & roll, 5 < 6",
    "[optional] (see below)",
  ])("accepts %j", (text) => {
    expect(isPlainText(text)).toBe(true);
  });

  it.each([
    "<b>bold</b>",
    "Text <script>alert(1)</script>",
    "</p>",
    "< img src=x onerror=alert(1)>",
    "<!-- hidden -->",
    "&lt;b&gt;",
    "&#60;script&#62;",
    "&#x3C;",
    "Tap [here](https://evil.example)",
    "![image](x.png)",
    "bell\u0007",
  ])("rejects %j", (text) => {
    expect(isPlainText(text)).toBe(false);
  });
});
