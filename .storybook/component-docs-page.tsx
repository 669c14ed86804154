import { Controls, Description, Primary, Stories, Subtitle, Title, useOf } from "@storybook/addon-docs/blocks";
import { guidanceFor } from "../stories/guidance";
import type { ComponentGuidance } from "../stories/guidance/types";

function List({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** When to use it, when not to, do and don't, anatomy, data attributes and accessibility, in that order. */
function Guidance({ guidance }: { guidance: ComponentGuidance }) {
  return (
    <>
      <h2 id="when-to-use">When to use it</h2>
      <List items={guidance.use} />
      <h2 id="when-not-to-use">When not to use it</h2>
      <List items={guidance.avoid} />
      <h2 id="do-and-dont">Do and don't</h2>
      <h3>Do</h3>
      <List items={guidance.dos} />
      <h3>Don't</h3>
      <List items={guidance.donts} />
      <h2 id="anatomy">Anatomy</h2>
      <ol>
        {guidance.anatomy.map((part) => (
          <li key={part}>{part}</li>
        ))}
      </ol>
      <h2 id="data-attributes">Data attributes</h2>
      <p>States a stylesheet or a test can target. They are part of the public API and change only with a changeset.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Selector</th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {guidance.dataAttributes.map(([selector, meaning]) => (
            <tr key={selector}>
              <td>
                <code>{selector}</code>
              </td>
              <td>{meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="accessibility">Accessibility</h2>
      <List items={guidance.accessibility} />
    </>
  );
}

/**
 * The docs page of every component: Storybook's usual blocks around the usage guidance written for the
 * component (stories/guidance), looked up by the story file's title. Pages without guidance keep the usual blocks.
 */
export function ComponentDocsPage() {
  const resolved = useOf("meta", ["meta"]);
  const guidance = guidanceFor(resolved.preparedMeta.title);
  return (
    <>
      <Title />
      <Subtitle />
      <Description />
      {guidance && <Guidance guidance={guidance} />}
      <h2 id="example">Example</h2>
      <Primary />
      <Controls />
      <Stories />
    </>
  );
}
