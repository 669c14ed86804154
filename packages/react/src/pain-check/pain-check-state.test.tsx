import { createMemoryStore, type RecordStore, RecordStoreError } from "@movekit/core/records";
import { programmeFixture, threeBandRule } from "@movekit/fixtures/programmes";
import { act, render, screen, waitFor } from "@testing-library/react";
import { StrictMode, useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { PainCheck, type PainCheckAnswers, type PainCheckValue } from "./pain-check";

const flags = programmeFixture.redFlags;
const check = () => screen.getByRole("region", { name: "How is your pain?" });
const click = (name: string) =>
  act(() => screen.getByRole(name === "Worse" || name === "Better" ? "radio" : "checkbox", { name }).click());
const CHEST = "Chest pain or sudden breathlessness.";

/** A host that controls the answers and keeps whatever the check-in reports. */
function Host({ onValueChange }: { onValueChange: (answers: PainCheckAnswers) => void }) {
  const [value, setValue] = useState<PainCheckValue>({ readings: { during: 2 }, redFlags: [] });
  return (
    <PainCheck
      rule={threeBandRule}
      redFlags={flags}
      value={value}
      onValueChange={(answers) => {
        onValueChange(answers);
        setValue(answers);
      }}
    />
  );
}

describe("PainCheck answers", { timeout: 20_000 }, () => {
  it("under StrictMode reports each real change once, with the verdict, and nothing on mount", () => {
    const onValueChange = vi.fn<(answers: PainCheckAnswers) => void>();
    const onAnswersChange = vi.fn();
    render(
      <StrictMode>
        <PainCheck
          rule={threeBandRule}
          redFlags={flags}
          defaultValue={{ readings: { during: 1, after: 0 }, redFlags: [] }}
          onValueChange={onValueChange}
          onAnswersChange={onAnswersChange}
        />
      </StrictMode>,
    );
    expect(check()).toHaveAttribute("data-action", "continue");
    expect(onValueChange).not.toHaveBeenCalled();
    click("Worse");
    click(CHEST);
    expect(onValueChange).toHaveBeenCalledTimes(2);
    expect(onValueChange.mock.calls[1]?.[0]).toMatchObject({
      readings: { during: 1, after: 0, trend: "worse" },
      redFlags: ["chest-pain"],
      action: "emergency",
      verdict: expect.objectContaining({ action: "emergency" }),
    });
    // The old callback name still gets every change.
    expect(onAnswersChange.mock.calls).toEqual(onValueChange.mock.calls);
    expect(check()).toHaveAttribute("data-action", "emergency");
  });

  it("shows what a controlling host passes back", () => {
    const onValueChange = vi.fn<(answers: PainCheckAnswers) => void>();
    render(
      <StrictMode>
        <Host onValueChange={onValueChange} />
      </StrictMode>,
    );
    click("Better");
    expect(screen.getByRole("radio", { name: "Better" })).toBeChecked();
    expect(onValueChange).toHaveBeenCalledTimes(1);
    expect(onValueChange.mock.calls[0]?.[0].readings).toEqual({ during: 2, trend: "better" });
  });

  it("keeps the answers and verdict in the store and picks them up again, judging them afresh", async () => {
    const store = createMemoryStore();
    const first = render(
      <PainCheck rule={threeBandRule} redFlags={flags} store={store} programmeId="hip" sessionId="week-1" />,
    );
    click(CHEST);
    await waitFor(async () => {
      const saved = await store.load<PainCheckAnswers>("movekit:pain-check:hip:week-1");
      expect(saved).toMatchObject({ kind: "pain-check", programmeId: "hip", value: { action: "emergency" } });
    });
    first.unmount();
    const onValueChange = vi.fn();
    render(
      <PainCheck
        rule={threeBandRule}
        redFlags={flags}
        store={store}
        programmeId="hip"
        sessionId="week-1"
        onValueChange={onValueChange}
      />,
    );
    await waitFor(() => expect(screen.getByRole("checkbox", { name: CHEST })).toBeChecked());
    expect(check()).toHaveAttribute("data-action", "emergency");
    expect(onValueChange).toHaveBeenCalledTimes(1);
  });

  it("carries on with a polite notice when the store rejects, and reports it once", async () => {
    const fail = () => Promise.reject(new RecordStoreError("quota", "full"));
    const store: RecordStore = { load: fail, save: fail, list: fail, clear: fail };
    const onStoreError = vi.fn();
    render(<PainCheck rule={threeBandRule} redFlags={flags} store={store} onStoreError={onStoreError} />);
    const notice = "Your answers can't be saved on this device; you can carry on with the check-in.";
    expect(await screen.findByText(notice)).toBeInTheDocument();
    expect(check()).toHaveAttribute("data-store", "failed");
    click("Worse");
    expect(screen.getByRole("radio", { name: "Worse" })).toBeChecked();
    expect(onStoreError).toHaveBeenCalledTimes(1);
    expect(onStoreError.mock.calls[0]?.[0]).toBeInstanceOf(RecordStoreError);
  });
});
