// Draws a demo pose as an SVG document: the same geometry MovementDemo renders in the browser.
import {
  DEMO_BONES,
  DEMO_FLOOR_Y,
  DEMO_HEAD_RADIUS,
  DEMO_VIEWBOX,
  type DemoBoneLayer,
  type DemoPose,
} from "@movekit/core";

export interface FigureColours {
  background: string;
  mat: string;
  floor: string;
  near: string;
  trunk: string;
  far: string;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function figureSvg(pose: DemoPose, colours: FigureColours, width: number, height: number): string {
  const stroke: Record<DemoBoneLayer, string> = { near: colours.near, trunk: colours.trunk, far: colours.far };
  const bones = DEMO_BONES.map(([from, to, layer]) => {
    const [x1, y1] = pose[from];
    const [x2, y2] = pose[to];
    return `<line x1="${round(x1)}" y1="${round(y1)}" x2="${round(x2)}" y2="${round(y2)}" stroke="${stroke[layer]}"/>`;
  }).join("");
  const [hx, hy] = pose.head;
  const { x, y, width: w, height: h } = DEMO_VIEWBOX;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${w} ${h}" width="${width}" height="${height}">
<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${colours.background}"/>
<rect x="${x + 6}" y="${DEMO_FLOOR_Y}" width="${w - 12}" height="3" rx="1" fill="${colours.mat}"/>
<line x1="${x}" y1="${DEMO_FLOOR_Y + 3}" x2="${x + w}" y2="${DEMO_FLOOR_Y + 3}" stroke="${colours.floor}" stroke-width="0.75"/>
<g fill="none" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">${bones}</g>
<circle cx="${round(hx)}" cy="${round(hy)}" r="${DEMO_HEAD_RADIUS}" fill="${colours.trunk}"/>
</svg>`;
}
