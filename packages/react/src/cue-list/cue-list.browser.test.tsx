import { gluteBridge, manyCues } from "@movekit/fixtures/exercises";
import { render } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { axeViolations } from "../internal/testing/browser";
import { type CueItem, CueList } from "./cue-list";

function Seekable({ onSeek }: { onSeek: (id: string) => void }) {
  const [active, setActive] = useState<string>();
  return (
    <CueList
      cues={gluteBridge.cues}
      activeCueId={active}
      onCueSelect={(_cue: CueItem, id: string) => {
        setActive(id);
        onSeek(id);
      }}
    />
  );
}

describe("CueList in Chromium", () => {
  it("is operable by keyboard: Tab moves between cues, Enter and Space choose one", async () => {
    const onSeek = vi.fn();
    const { getAllByRole } = render(<Seekable onSeek={onSeek} />);
    const buttons = getAllByRole("button");
    await userEvent.tab();
    expect(buttons[0]).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(onSeek).toHaveBeenLastCalledWith("cue-1");
    expect(buttons[0]).toHaveAttribute("aria-current", "step");
    await userEvent.tab();
    await userEvent.tab();
    expect(buttons[2]).toHaveFocus();
    await userEvent.keyboard(" ");
    expect(onSeek).toHaveBeenLastCalledWith("cue-3");
    expect(buttons[2]).toHaveAttribute("aria-current", "step");
    expect(buttons[0]).not.toHaveAttribute("aria-current");
    await userEvent.tab({ shift: true });
    expect(buttons[1]).toHaveFocus();
  });

  // The focus ring itself is checked for every component in conformance.browser.test.tsx.
  it("gives each cue button a target of at least 24 px", () => {
    const { getAllByRole } = render(<CueList cues={gluteBridge.cues} onCueSelect={() => {}} />);
    for (const each of getAllByRole("button")) {
      expect(each.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
    }
  });

  it("marks the active cue visibly, not only for screen readers", () => {
    const { container } = render(<CueList cues={gluteBridge.cues} activeCueId="cue-2" />);
    const [first, active] = container.querySelectorAll("li");
    expect(getComputedStyle(active as Element).borderInlineStartColor).not.toBe(
      getComputedStyle(first as Element).borderInlineStartColor,
    );
  });

  it("passes axe with many cues, grouped, one active, as buttons", async () => {
    const { container } = render(
      <main>
        <CueList cues={manyCues.cues} groupBy="role" activeCueId="cue-3" onCueSelect={() => {}} />
      </main>,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
