import { createTranslator, cuesMessages } from "@movekit/core";
import { es } from "@movekit/core/locales/es";
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MovekitProvider, useMovekit } from ".";

function Probe() {
  // Stands in for a component: it names its bundle and translates with the provider's locale and messages.
  const { locale, emergencyNumber, units, reducedMotion, messages } = useMovekit();
  const t = createTranslator(locale, messages, [cuesMessages]);
  return (
    <p data-testid="probe">
      {locale} {emergencyNumber} {units ?? "default"} {reducedMotion} {t("cues.do")}
    </p>
  );
}

describe("MovekitProvider", () => {
  it("scopes theme, direction and language on a wrapping element", () => {
    render(
      <MovekitProvider theme="clinic-a" locale="es" messages={es}>
        <Probe />
      </MovekitProvider>,
    );
    const scope = screen.getByTestId("probe").parentElement;
    expect(scope).toHaveAttribute("data-slot", "movekit-provider");
    expect(scope).toHaveAttribute("data-mk-theme", "clinic-a");
    expect(scope).toHaveAttribute("dir", "ltr");
    expect(scope).toHaveAttribute("lang", "es");
    expect(scope).toHaveAttribute("data-reduced-motion", "user");
  });

  it.each([
    ["en-GB", "999"],
    ["en-US", "911"],
    ["es", "112"],
  ])("gives %s the emergency number %s", (locale, number) => {
    render(
      <MovekitProvider locale={locale}>
        <Probe />
      </MovekitProvider>,
    );
    expect(screen.getByTestId("probe")).toHaveTextContent(`${locale} ${number}`);
  });

  it("lets the clinic override numbers, units, messages, direction and motion", () => {
    render(
      <MovekitProvider
        emergencyNumbers={{ "en-GB": "112" }}
        units="imperial"
        messages={{ "cues.do": "Try:" }}
        dir="rtl"
        reducedMotion="always"
      >
        <Probe />
      </MovekitProvider>,
    );
    expect(screen.getByTestId("probe")).toHaveTextContent("en-GB 112 imperial always Try:");
    expect(screen.getByTestId("probe").parentElement).toHaveAttribute("dir", "rtl");
  });

  it("gives client components defaults without a provider", () => {
    render(<Probe />);
    expect(screen.getByTestId("probe")).toHaveTextContent("en-GB 999 default user Do:");
  });
});

describe("MovekitProvider without a theme", () => {
  it("sets no data-mk-theme, so it inherits the page's theme instead of resetting it", () => {
    const { container } = render(
      <div data-mk-theme="dark">
        <MovekitProvider>
          <p>inside</p>
        </MovekitProvider>
      </div>,
    );
    const scope = container.querySelector("[data-slot='movekit-provider']");
    expect(scope).not.toBeNull();
    expect(scope).not.toHaveAttribute("data-mk-theme");
  });
});
