import { es } from "@movekit/core/locales/es";
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

/** The host page's own words (the clinic writes these, not the kit), in English and Spanish. */
const PAGE_TEXT = {
  en: {
    main: "Main",
    plan: "My plan",
    exercises: "Exercises",
    contact: "Contact us",
    breadcrumb: "Breadcrumb",
    week: "Week 2",
    related: "Also in this week",
    footer:
      "If you are worried about a symptom, contact your physiotherapist. In an emergency call the number shown in the safety section.",
  },
  es: {
    main: "Principal",
    plan: "Mi plan",
    exercises: "Ejercicios",
    contact: "Contacto",
    breadcrumb: "Ruta de navegación",
    week: "Semana 2",
    related: "También esta semana",
    footer:
      "Si te preocupa algún síntoma, habla con tu fisioterapeuta. En una emergencia, llama al número que aparece en la sección de seguridad.",
  },
} as const;

/** A patient-facing exercise page in a clinic's app, composed from Movekit components. */
function ExercisePage({ locale = "en-GB", dir }: ExercisePageProps) {
  const text = locale.startsWith("es") ? PAGE_TEXT.es : PAGE_TEXT.en;
  const exercise = libraryExercise("clamshell");
  const related = ["glute-bridge", "side-plank", "fire-hydrant"].map(libraryExercise);
  return (
    <MovekitProvider locale={locale} dir={dir} messages={es}>
      <style>{pageCss}</style>
      <div className="story-page">
        <header className="story-page__header">
          <p className="story-page__brand">Riverside Physio</p>
          <nav className="story-page__nav" aria-label={text.main}>
            <ul>
              <li>
                <a href="#plan">{text.plan}</a>
              </li>
              <li>
                <a href="#library">{text.exercises}</a>
              </li>
              <li>
                <a href="#contact">{text.contact}</a>
              </li>
            </ul>
          </nav>
        </header>
        <nav className="story-page__crumbs" aria-label={text.breadcrumb}>
          <ol>
            <li>
              <a href="#plan">{text.plan}</a>
            </li>
            <li>
              <a href="#week-2">{text.week}</a>
            </li>
            <li aria-current="page">{(locale.startsWith("es") && exercise.name.es) || exercise.name["en-GB"]}</li>
          </ol>
        </nav>
        <div className="story-page__layout">
          <main>
            <ExerciseDetail
              exercise={exercise}
              locale={locale}
              messages={es}
              headingLevel={1}
              dosage={{ ...exercise.defaultDosage, sets: 2, reps: 10, weeks: 4 }}
              exercises={library}
              getHref={(linked) => `#${linked.id}`}
            />
          </main>
          <aside className="story-page__related" aria-labelledby="related-heading">
            <h2 id="related-heading">{text.related}</h2>
            <ul>
              {related.map((item) => (
                <li key={item.id}>
                  <ExerciseCard exercise={item} variant="compact" locale={locale} messages={es} href={`#${item.id}`} />
                </li>
              ))}
            </ul>
          </aside>
        </div>
        <footer className="story-page__footer">
          <p>{text.footer}</p>
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

/** The kit's words, the content and the host page's own words all in Spanish. */
export const Spanish: Story = {
  // The page sets its own MovekitProvider locale from this arg, so the toolbar locale is left as it is.
  args: { locale: "es" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 1, name: "Almeja" })).toBeVisible();
    await expect(canvas.getAllByRole("link", { name: "Mi plan" })[0]).toBeVisible();
    await expect(canvas.getByRole("navigation", { name: "Ruta de navegación" })).toBeVisible();
  },
};

export const RightToLeft: Story = { args: { dir: "rtl" } };
