import { ExerciseCard } from "@movekit/react/exercise-card";
import { ExerciseDetail } from "@movekit/react/exercise-detail";
import { MovekitProvider } from "@movekit/react/movekit-provider";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { library, libraryExercise } from "./support/exercise-fixtures";

interface ExercisePageProps {
  /** BCP 47 locale for the whole page. */
  locale?: string;
  /** Text direction. */
  dir?: "ltr" | "rtl";
}

const pageCss = `
.story-page { display: grid; gap: 1.5rem; max-width: 72rem; margin: 0 auto; }
.story-page a { color: var(--mk-color-accent); }
.story-page__header { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: baseline;
  padding-bottom: 1rem; border-bottom: 1px solid var(--mk-color-border); }
.story-page__brand { font-weight: 700; font-size: 1.25rem; margin: 0; }
.story-page__nav ul, .story-page__crumbs ol { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none;
  margin: 0; padding: 0; }
.story-page__nav a, .story-page__crumbs a { display: inline-block; padding: 0.25rem 0; }
.story-page__layout { display: grid; gap: 2rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 60rem) { .story-page__layout { grid-template-columns: minmax(0, 2fr) minmax(16rem, 1fr); } }
.story-page__related ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem; }
.story-page__related h2 { font-size: 1.25rem; margin: 0 0 1rem; }
.story-page__footer { padding-top: 1rem; border-top: 1px solid var(--mk-color-border);
  color: var(--mk-color-on-surface-muted); font-size: 0.875rem; }
`;

/** A patient-facing exercise page in a clinic's app, composed from Movekit components. */
function ExercisePage({ locale = "en-GB", dir }: ExercisePageProps) {
  const exercise = libraryExercise("clamshell");
  const related = ["glute-bridge", "side-plank", "fire-hydrant"].map(libraryExercise);
  return (
    <MovekitProvider locale={locale} dir={dir}>
      <style>{pageCss}</style>
      <div className="story-page">
        <header className="story-page__header">
          <p className="story-page__brand">Riverside Physio</p>
          <nav className="story-page__nav" aria-label="Main">
            <ul>
              <li>
                <a href="#plan">My plan</a>
              </li>
              <li>
                <a href="#library">Exercises</a>
              </li>
              <li>
                <a href="#contact">Contact us</a>
              </li>
            </ul>
          </nav>
        </header>
        <nav className="story-page__crumbs" aria-label="Breadcrumb">
          <ol>
            <li>
              <a href="#plan">My plan</a>
            </li>
            <li>
              <a href="#week-2">Week 2</a>
            </li>
            <li aria-current="page">Clamshell</li>
          </ol>
        </nav>
        <div className="story-page__layout">
          <main>
            <ExerciseDetail
              exercise={exercise}
              locale={locale}
              headingLevel={1}
              dosage={{ ...exercise.defaultDosage, sets: 2, reps: 10, weeks: 4 }}
              exercises={library}
              getHref={(linked) => `#${linked.id}`}
            />
          </main>
          <aside className="story-page__related" aria-labelledby="related-heading">
            <h2 id="related-heading">Also in this week</h2>
            <ul>
              {related.map((item) => (
                <li key={item.id}>
                  <ExerciseCard exercise={item} variant="compact" locale={locale} href={`#${item.id}`} />
                </li>
              ))}
            </ul>
          </aside>
        </div>
        <footer className="story-page__footer">
          <p>
            If you are worried about a symptom, contact your physiotherapist. In an emergency call the number shown in
            the safety section.
          </p>
        </footer>
      </div>
    </MovekitProvider>
  );
}

const meta = {
  title: "Exercise/Exercise page",
  component: ExercisePage,
  parameters: { layout: "fullscreen" },
} satisfies Meta<typeof ExercisePage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Landmarks, one h1, safety before the steps, related exercises as linked cards. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    await expect(canvas.getByRole("main")).toBeVisible();
    await expect(canvas.getByRole("region", { name: "Safety: read before you start" })).toBeVisible();
    await expect(canvas.getByRole("region", { name: /^Urgent: / })).toBeVisible();
    // Keyboard: the first stops are the navigation links, in reading order.
    await userEvent.tab();
    await expect(canvas.getAllByRole("link", { name: "My plan" })[0]).toHaveFocus();
  },
};

export const Spanish: Story = {
  globals: { locale: "es" },
  args: { locale: "es" },
};

export const RightToLeft: Story = { args: { dir: "rtl" } };
