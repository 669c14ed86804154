import { hipFlexorPainRule } from "@movekit/content";
import { createTranslator, painCheckMessages, programmeMessages } from "@movekit/core";
import { es } from "@movekit/core/locales/es";
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PainRuleSummary } from "./pain-rule-summary";

const BUNDLES = [painCheckMessages, programmeMessages];

describe("PainRuleSummary: the next-morning limit in words", () => {
  it("says 'your usual level' and 'no pain' for the shipped rule, never '0 out of 10 or lower'", () => {
    const { container } = render(
      <PainRuleSummary
        rule={hipFlexorPainRule}
        headingLevel={3}
        locale="en-GB"
        t={createTranslator("en-GB", {}, BUNDLES)}
      />,
    );
    const settle = container.querySelector("[data-slot='pain-rule-settle']");
    expect(settle).toHaveTextContent("By the next morning, pain should be back to your usual level: no pain");
    expect(container).not.toHaveTextContent("0 out of 10 or lower");
  });

  it("says 'no pain' for a limit of 0 without a usual level", () => {
    const rule = { ...hipFlexorPainRule, settleWithin24h: { ...hipFlexorPainRule.settleWithin24h, usualLevel: false } };
    const { container } = render(
      <PainRuleSummary rule={rule} headingLevel={3} locale="es" t={createTranslator("es", es, BUNDLES)} />,
    );
    expect(container.querySelector("[data-slot='pain-rule-settle']")).toHaveTextContent(
      "A la mañana siguiente no deberías tener dolor.",
    );
  });
});
