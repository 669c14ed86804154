import { createTranslator } from "@movekit/core";
import { ErrorBoundary } from "@movekit/react/error-boundary";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { type ReactNode, useState } from "react";
import { expect, userEvent, within } from "storybook/test";
import { SafetyFallback } from "../packages/react/src/error-boundary/incomplete-exercise";

/** Stands in for a host's part that breaks while rendering, such as a video player plug-in. */
function BrokenPlayer(): ReactNode {
  throw new Error("The video player plug-in failed.");
}

/** A named region around the boundary, as ExerciseDetail's sections give one: the heading says what is missing. */
function Part({ title, children }: { title: string; children: ReactNode }) {
  const id = `story-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section aria-labelledby={id} style={{ display: "grid", gap: "0.75rem", marginBlockEnd: "1.5rem" }}>
      <h2 id={id} style={{ margin: 0, fontSize: "1.25rem" }}>
        {title}
      </h2>
      {children}
    </section>
  );
}

const meta = {
  title: "Foundations/ErrorBoundary",
  component: ErrorBoundary,
  parameters: {
    docs: {
      description: {
        component:
          "Contains a render error to one part of the page: that part shows a short fallback and the rest stays. " +
          "ExerciseDetail and ProgrammeView put each part in one; safety parts get boundaries of their own whose " +
          "fallback says what to do instead, and their content is checked before rendering so they do not fail. " +
          "React logs each caught error to the console; that is expected.",
      },
    },
  },
  decorators: [(Story) => <div style={{ maxWidth: "40rem" }}>{Story()}</div>],
} satisfies Meta<typeof ErrorBoundary>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A child that throws: the default fallback says in words that this part could not be shown; the next part stays. */
export const Default: Story = {
  render: (args) => (
    <>
      <Part title="Exercise video">
        <ErrorBoundary {...args}>
          <BrokenPlayer />
        </ErrorBoundary>
      </Part>
      <Part title="Steps">
        <ol>
          <li>Lie on your back with your knees bent.</li>
          <li>Lift your hips until your body is in a straight line.</li>
        </ol>
      </Part>
    </>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const video = canvas.getByRole("region", { name: "Exercise video" });
    await expect(within(video).getByText(/could not be shown|No se ha podido mostrar/)).toBeVisible();
    await expect(within(video).queryByRole("alert")).toBeNull();
    await expect(canvas.getByRole("region", { name: "Steps" })).toBeVisible();
    await expect(canvas.getByText("Lift your hips until your body is in a straight line.")).toBeVisible();
  },
};

/** The fallback in Spanish, whatever the toolbar says, on a Spanish page. */
export const Spanish: Story = {
  globals: { locale: "es" },
  args: { locale: "es" },
  render: (args) => (
    <>
      <Part title="Vídeo del ejercicio">
        <ErrorBoundary {...args}>
          <BrokenPlayer />
        </ErrorBoundary>
      </Part>
      <Part title="Pasos">
        <ol>
          <li>Túmbate boca arriba con las rodillas dobladas.</li>
          <li>Eleva la cadera hasta que el cuerpo quede en línea recta.</li>
        </ol>
      </Part>
    </>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/^No se ha podido mostrar esta parte\./)).toBeVisible();
  },
};

/** A part that works renders as it is: the boundary adds nothing to the page. */
export const Working: Story = {
  render: (args) => (
    <Part title="Exercise video">
      <ErrorBoundary {...args}>
        <p>The video player goes here.</p>
      </ErrorBoundary>
    </Part>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("The video player goes here.")).toBeVisible();
    await expect(canvasElement.querySelector("[data-slot='error-boundary']")).toBeNull();
  },
};

function FlakyChart({ broken }: { broken: boolean }) {
  if (broken) throw new Error("The chart library failed to load.");
  return <p>Pain scores this week: 3, 2, 2, 1.</p>;
}

/** Your own fallback: a function of the error and `reset`. Here reset follows a fix, then renders the part again. */
function RetryDemo() {
  const [broken, setBroken] = useState(true);
  return (
    <Part title="Pain over time">
      <ErrorBoundary
        fallback={(_error, reset) => (
          <div style={{ display: "grid", gap: "0.5rem", justifyItems: "start" }}>
            <p style={{ margin: 0 }}>The chart could not be shown.</p>
            <button
              type="button"
              style={{ minHeight: 44, paddingInline: "1rem" }}
              onClick={() => {
                setBroken(false);
                reset();
              }}
            >
              Try again
            </button>
          </div>
        )}
      >
        <FlakyChart broken={broken} />
      </ErrorBoundary>
    </Part>
  );
}

export const CustomFallbackWithRetry: Story = {
  render: () => <RetryDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("The chart could not be shown.")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Try again" }));
    await expect(await canvas.findByText("Pain scores this week: 3, 2, 2, 1.")).toBeVisible();
  },
};

/** `resetKeys`: when a key changes (here the chosen exercise), the boundary clears and renders the part again. */
function ResetKeysDemo() {
  const [exercise, setExercise] = useState("clamshell");
  return (
    <>
      <label style={{ display: "inline-grid", gap: "0.25rem", marginBlockEnd: "1rem" }}>
        Exercise
        <select value={exercise} onChange={(event) => setExercise(event.target.value)} style={{ minHeight: 44 }}>
          <option value="clamshell">Clamshell (its player is broken)</option>
          <option value="glute-bridge">Glute bridge</option>
        </select>
      </label>
      <Part title="Exercise video">
        <ErrorBoundary resetKeys={[exercise]}>
          {exercise === "clamshell" ? <BrokenPlayer /> : <p>Video of the glute bridge.</p>}
        </ErrorBoundary>
      </Part>
    </>
  );
}

export const ResetKeys: Story = {
  render: () => <ResetKeysDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector("[data-slot='error-boundary']")).not.toBeNull();
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Exercise" }), "glute-bridge");
    await expect(await canvas.findByText("Video of the glute bridge.")).toBeVisible();
    await expect(canvasElement.querySelector("[data-slot='error-boundary']")).toBeNull();
  },
};

/** Stands in for a safety part that breaks in a way no check foresaw. */
function BrokenSafetyPart(): ReactNode {
  throw new Error("The contraindication list failed.");
}

/**
 * A safety part's own boundary: its fallback is never a quiet "could not be shown" but says what to do instead,
 * with a stop icon; the parts around it stay.
 */
export const SafetyPartFallback: Story = {
  render: () => {
    const t = createTranslator("en-GB");
    return (
      <Part title="Safety: read before you start">
        <ErrorBoundary fallback={<SafetyFallback t={t} />}>
          <BrokenSafetyPart />
        </ErrorBoundary>
      </Part>
    );
  },
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole("region", { name: "Safety: read before you start" });
    await expect(
      within(region).getByText(
        "The safety information could not be shown: do not do this exercise until your clinician says it is safe.",
      ),
    ).toBeVisible();
  },
};
