import { act, render, screen } from "@testing-library/react";
import { StrictMode, useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useControllableState } from "./use-controllable-state";

function Counter({
  value,
  defaultValue = 0,
  onChange,
}: {
  value?: number;
  defaultValue?: number;
  onChange?: (next: number) => void;
}) {
  const [count, setCount] = useControllableState(value, defaultValue, onChange, { name: "Counter `value`" });
  return (
    <>
      <output>{count}</output>
      <button type="button" onClick={() => setCount((c) => c + 1)}>
        Add
      </button>
      <button type="button" onClick={() => setCount(count)}>
        Same
      </button>
    </>
  );
}

/** A host that controls the value and passes back ten times what it is asked for. */
function Host() {
  const [value, setValue] = useState(10);
  return <Counter value={value} onChange={(next) => setValue(next * 10)} />;
}

afterEach(() => vi.restoreAllMocks());

describe("useControllableState", () => {
  it("under StrictMode, calls onChange once per real change and never on mount", () => {
    const onChange = vi.fn();
    render(
      <StrictMode>
        <Counter defaultValue={2} onChange={onChange} />
      </StrictMode>,
    );
    expect(screen.getByRole("status")).toHaveTextContent("2");
    expect(onChange).not.toHaveBeenCalled();
    act(() => screen.getByRole("button", { name: "Add" }).click());
    act(() => screen.getByRole("button", { name: "Add" }).click());
    // Setting the value it already has is no change.
    act(() => screen.getByRole("button", { name: "Same" }).click());
    expect(onChange.mock.calls).toEqual([[3], [4]]);
    expect(screen.getByRole("status")).toHaveTextContent("4");
  });

  it("shows only what a controlling host passes back", () => {
    render(
      <StrictMode>
        <Host />
      </StrictMode>,
    );
    act(() => screen.getByRole("button", { name: "Add" }).click());
    expect(screen.getByRole("status")).toHaveTextContent("110");
  });

  it("warns once in development when a component switches between controlled and uncontrolled", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { rerender } = render(<Counter defaultValue={1} />);
    expect(warn).not.toHaveBeenCalled();
    rerender(<Counter value={5} />);
    rerender(<Counter />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain("Movekit Counter `value`: changed from uncontrolled to controlled");
  });

  it("says nothing in production", () => {
    vi.stubEnv("NODE_ENV", "production");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { rerender } = render(<Counter defaultValue={1} />);
    rerender(<Counter value={5} />);
    expect(warn).not.toHaveBeenCalled();
    vi.unstubAllEnvs();
  });
});
