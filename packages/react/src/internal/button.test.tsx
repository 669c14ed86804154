// @vitest-environment jsdom
import { fireEvent, render, screen } from "@testing-library/react";
import { createRef } from "react";
import { describe, expect, it, vi } from "vitest";
import { Button } from "./button";

describe("Button", () => {
  it("never submits a host's form unless asked to", () => {
    const onSubmit = vi.fn((event: Event) => event.preventDefault());
    render(
      <form onSubmit={(event) => onSubmit(event.nativeEvent)}>
        <Button slot="plain">Plain</Button>
        <Button slot="send" type="submit">
          Send
        </Button>
      </form>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Plain" }));
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Send" }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it("writes the shared class and the documented state attributes, and forwards its ref", () => {
    const ref = createRef<HTMLButtonElement>();
    render(
      <Button ref={ref} slot="go" variant="primary" large className="mk-extra" aria-pressed>
        Go
      </Button>,
    );
    const button = screen.getByRole("button", { name: "Go" });
    expect(button).toHaveClass("mk-button", "mk-extra");
    expect(button).toHaveAttribute("data-slot", "go");
    expect(button).toHaveAttribute("data-variant", "primary");
    expect(button).toHaveAttribute("data-size", "large");
    expect(button).toHaveAttribute("aria-pressed", "true");
    expect(ref.current).toBe(button);
  });

  it("leaves out the state attributes it is not given", () => {
    render(<Button>Quiet</Button>);
    const button = screen.getByRole("button", { name: "Quiet" });
    for (const name of ["data-slot", "data-variant", "data-size"]) expect(button).not.toHaveAttribute(name);
  });
});
