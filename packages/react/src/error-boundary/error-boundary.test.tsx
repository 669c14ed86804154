import { es } from "@movekit/core/locales/es";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MovekitProvider } from "../movekit-provider/movekit-provider";
import { ErrorBoundary } from "./error-boundary";

const ENGLISH = "This part could not be shown. Reload the page to try again.";

function Broken({ when = true }: { when?: boolean }): ReactNode {
  if (when) throw new Error("broken part");
  return <p>Working part</p>;
}

/** Broken until a test "fixes" it, to show what reset does. */
const flaky = { broken: true };
function Flaky() {
  return <Broken when={flaky.broken} />;
}

describe("ErrorBoundary", () => {
  // React logs every error a boundary catches; expected here, so kept out of the test output.
  beforeEach(() => void vi.spyOn(console, "error").mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  it("renders its children and nothing of its own while they work", () => {
    const { container } = render(
      <ErrorBoundary>
        <p>Working part</p>
      </ErrorBoundary>,
    );
    expect(container.innerHTML).toBe("<p>Working part</p>");
  });

  it("replaces only the part that throws with a sentence saying it could not be shown", () => {
    render(
      <section aria-label="Steps">
        <h2>Steps</h2>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
        <p>Sibling outside the boundary</p>
      </section>,
    );
    const fallback = screen.getByText(ENGLISH);
    expect(fallback.tagName).toBe("P");
    expect(fallback.closest("[data-slot='error-boundary']")).toHaveAttribute("data-state", "error");
    // Not an alert: the surrounding region says which part is missing.
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByRole("region", { name: "Steps" })).toContainElement(fallback);
    expect(screen.getByText("Sibling outside the boundary")).toBeInTheDocument();
  });

  it("says it in the locale given, else the provider's, with the host's wording", () => {
    const { rerender } = render(
      <ErrorBoundary locale="es" messages={es}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByText(/^No se ha podido mostrar esta parte\./)).toBeInTheDocument();
    rerender(
      <MovekitProvider locale="es" messages={es}>
        <ErrorBoundary key="provider">
          <Broken />
        </ErrorBoundary>
      </MovekitProvider>,
    );
    expect(screen.getByText(/^No se ha podido mostrar esta parte\./)).toBeInTheDocument();
    rerender(
      <ErrorBoundary key="override" messages={{ "errorBoundary.message": "Ask reception for this part." }}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByText("Ask reception for this part.")).toBeInTheDocument();
  });

  it("tells onError about the error with React's component stack", () => {
    const onError = vi.fn();
    render(
      <ErrorBoundary onError={onError}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(onError).toHaveBeenCalledTimes(1);
    const [error, info] = onError.mock.calls[0] ?? [];
    expect(error).toEqual(new Error("broken part"));
    expect(info.componentStack).toContain("Broken");
  });

  it("shows a fallback node as given, with no wrapper", () => {
    const { container } = render(
      <ErrorBoundary fallback={<p data-testid="own">Own fallback</p>}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(container.innerHTML).toBe('<p data-testid="own">Own fallback</p>');
  });

  it("gives a fallback function the error and a reset that renders the part again", async () => {
    flaky.broken = true;
    render(
      <ErrorBoundary
        fallback={(error, reset) => (
          <div>
            <p>Failed: {error instanceof Error ? error.message : "?"}</p>
            <button type="button" onClick={reset}>
              Try again
            </button>
          </div>
        )}
      >
        <Flaky />
      </ErrorBoundary>,
    );
    expect(screen.getByText("Failed: broken part")).toBeInTheDocument();
    flaky.broken = false;
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(screen.getByText("Working part")).toBeInTheDocument();
    expect(screen.queryByText(/^Failed/)).toBeNull();
  });

  it("clears the error when a reset key changes, not when other props change", () => {
    const view = (exerciseId: string, broken: boolean, label = "") => (
      <ErrorBoundary resetKeys={[exerciseId]} fallback={<p>Fallback{label}</p>}>
        <Broken when={broken} />
      </ErrorBoundary>
    );
    const { rerender } = render(view("clamshell", true));
    expect(screen.getByText("Fallback")).toBeInTheDocument();
    // Same keys: the fallback stays even though the part would work now.
    rerender(view("clamshell", false, " again"));
    expect(screen.getByText("Fallback again")).toBeInTheDocument();
    rerender(view("plank", false));
    expect(screen.getByText("Working part")).toBeInTheDocument();
  });

  it("does not loop when the keys change in the same render that fails", () => {
    const onError = vi.fn();
    const view = (exerciseId: string, broken: boolean) => (
      <ErrorBoundary resetKeys={[exerciseId]} onError={onError} fallback={<p>Fallback</p>}>
        <Broken when={broken} />
      </ErrorBoundary>
    );
    const { rerender } = render(view("clamshell", false));
    rerender(view("plank", true));
    expect(screen.getByText("Fallback")).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it("keeps a server render going when a part throws there, and shows the fallback once hydrated", async () => {
    const page = (
      <main>
        <p>Stop if you feel chest pain.</p>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
        <p>Steps follow.</p>
      </main>
    );
    // Without the boundary's Suspense, renderToString itself would throw here.
    const html = renderToString(page);
    expect(html).toContain("Stop if you feel chest pain.");
    expect(html).toContain("Steps follow.");
    // The part is left empty on the server (error boundaries only run on the client).
    expect(html).not.toContain(ENGLISH);

    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.append(container);
    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(container, page, { onRecoverableError: recoverable });
    });
    expect(container).toHaveTextContent(`Stop if you feel chest pain.${ENGLISH}Steps follow.`);
    container.remove();
  });
});
