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

function Broken(_: { label: string }): never {
  throw new Error("broken part");
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

  it("shows its `failed` stand-in instead of a busy placeholder when the code cannot load, and retries on a later mount", async () => {
    let attempts = 0;
    const Part = lazyPart<{ label: string }>(() => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error("offline")) : Promise.resolve(Counter);
    });
    const first = render(
      <Part label="Scale" fallback={<p aria-busy="true">Loading</p>} failed={<p>Could not load</p>} />,
    );
    expect(screen.getByText("Loading")).toBeInTheDocument();
    expect(await screen.findByText("Could not load")).toBeInTheDocument();
    expect(screen.queryByText("Loading")).toBeNull();
    first.unmount();
    // Shown at once by the next instance, which also tries again: when the code arrives, the part replaces it.
    render(<Part label="Scale" fallback={<p aria-busy="true">Loading</p>} failed={<p>Could not load</p>} />);
    expect(screen.getByText("Could not load")).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: "Scale 0" })).toBeInTheDocument();
    expect(attempts).toBe(2);
  });

  it("shows its `failed` stand-in when the part itself throws", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const Part = lazyPart(() => Promise.resolve(Broken));
    await Part.preload();
    render(<Part label="Summary" fallback={<p>Loading</p>} failed={<p>Could not show the summary</p>} />);
    expect(screen.getByText("Could not show the summary")).toBeInTheDocument();
    quiet.mockRestore();
  });
});
