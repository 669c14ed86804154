import { act, render, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { lazyPart } from "./lazy-part";

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {label} {count}
    </button>
  );
}

/** A part whose code arrives when the test says so. */
function deferredPart() {
  let arrive: () => void = () => {};
  let calls = 0;
  const part = lazyPart(() => {
    calls += 1;
    return new Promise<typeof Counter>((resolve) => {
      arrive = () => resolve(Counter);
    });
  });
  return { part, arrive: () => arrive(), calls: () => calls };
}

describe("lazyPart", () => {
  it("shows the fallback until the code arrives, then the part, loading it once", async () => {
    const { part: Part, arrive, calls } = deferredPart();
    render(
      <>
        <Part label="One" fallback={<p>Loading</p>} />
        <Part label="Two" fallback={<p>Loading</p>} />
      </>,
    );
    expect(screen.getAllByText("Loading")).toHaveLength(2);
    await act(async () => arrive());
    expect(await screen.findByRole("button", { name: "One 0" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Two 0" })).toBeInTheDocument();
    expect(screen.queryByText("Loading")).toBeNull();
    expect(calls()).toBe(1);
  });

  it("renders at once when preloaded, and keeps an instance's state across re-renders", async () => {
    const { part: Part, arrive } = deferredPart();
    const loading = Part.preload();
    arrive();
    await loading;
    const { rerender } = render(<Part label="Sets" fallback={<p>Loading</p>} />);
    // No Suspense round trip: the part is there in the first render.
    screen.getByRole("button", { name: "Sets 0" }).click();
    expect(await screen.findByRole("button", { name: "Sets 1" })).toBeInTheDocument();
    rerender(<Part label="Reps" fallback={<p>Loading</p>} />);
    expect(screen.getByRole("button", { name: "Reps 1" })).toBeInTheDocument();
  });

  it("keeps the placeholder, and throws nothing to the host, when the code cannot load", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const Part = lazyPart<{ label: string }>(() => Promise.reject(new Error("chunk failed")));
    const failing = Part.preload().catch(() => "rejected");
    render(
      <>
        <p>Warning signs</p>
        <Part label="Media" fallback={<p>Placeholder</p>} />
      </>,
    );
    expect(await failing).toBe("rejected");
    // React reports the caught error to the console; the page keeps everything else and the placeholder.
    await act(async () => {});
    expect(screen.getByText("Warning signs")).toBeInTheDocument();
    expect(screen.getByText("Placeholder")).toBeInTheDocument();
    quiet.mockRestore();
  });
});
