/// <reference types="vite/client" />
import { SafetyNotice } from "@movekit/react/safety-notice";
import { safetyTiers } from "@movekit/tokens";
import { Component, type ComponentType, type ReactNode } from "react";

interface StoryModule {
  default?: { title?: string; component?: ComponentType<Record<string, unknown>>; args?: Record<string, unknown> };
  [story: string]: unknown;
}

// Every component story file, so the preview grows with the kit. The builder's own file would import itself.
const storyModules = import.meta.glob<StoryModule>(["../*.stories.tsx", "!../theme-builder.stories.tsx"], {
  eager: true,
});

interface Sample {
  name: string;
  render: () => ReactNode;
}

/** Each component with the args of its first story (story decorators are left out: the preview is the scope). */
export const componentSamples: Sample[] = Object.values(storyModules).flatMap((mod) => {
  const meta = mod.default;
  const Rendered = meta?.component;
  if (!meta || !Rendered) return [];
  const firstStory = Object.entries(mod).find(([key]) => key !== "default" && key !== "__namedExportsOrder")?.[1] as
    | { args?: Record<string, unknown> }
    | undefined;
  const args = { ...meta.args, ...firstStory?.args };
  const name = meta.title?.split("/").pop() ?? Rendered.displayName ?? "Component";
  return [{ name, render: () => <Rendered {...args} /> }];
});

class SampleBoundary extends Component<{ name: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (this.state.failed) return <p>{this.props.name} needs more context than this preview gives it.</p>;
    return this.props.children;
  }
}

/** The colour roles in use: buttons in each state, a link, panels, notices with their severity in words. */
export function TokenSamples() {
  return (
    <>
      <div className="tb-sample">
        <button type="button" className="tb-button">
          Start session
        </button>
        <button type="button" className="tb-button" data-variant="secondary">
          Skip exercise
        </button>
        <button type="button" className="tb-button" disabled>
          Finished
        </button>
        <a className="tb-link" href="#evidence">
          Read the evidence
        </a>
      </div>
      <div className="tb-panel">
        <p>Glute bridge: 3 sets of 10, hold each for 5 seconds.</p>
        <p className="tb-muted">About 6 minutes</p>
      </div>
      <div className="tb-sample">
        <p className="tb-notice" data-severity="caution">
          <strong>Caution:</strong> stop if pain rises above 5 out of 10.
        </p>
        <p className="tb-notice" data-severity="danger">
          <strong>Stop and seek help:</strong> chest pain or sudden breathlessness.
        </p>
        <p className="tb-notice" data-severity="success">
          <strong>Done:</strong> session saved.
        </p>
      </div>
    </>
  );
}

/** The four care cards: their colours are the kit's in every theme, so they look the same whatever the brand. */
export function TierSamples() {
  return (
    <section aria-label="Care-card tiers sample" className="tb-sample-component">
      <h3>Care-card tiers</h3>
      {safetyTiers.map((tier) => (
        <SafetyNotice key={tier} severity={tier} headingLevel={4} items={["An example sign."]} />
      ))}
    </section>
  );
}

/** Token samples followed by every component, for one theme scope. */
export function ThemeSamples() {
  return (
    <>
      <TokenSamples />
      <TierSamples />
      {componentSamples.map(({ name, render }) => (
        <section key={name} aria-label={`${name} sample`} className="tb-sample-component">
          <h3>{name}</h3>
          <SampleBoundary name={name}>{render()}</SampleBoundary>
        </section>
      ))}
    </>
  );
}
