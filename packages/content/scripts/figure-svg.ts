// Draws a demo pose as an SVG document with core's figure geometry, the one MovementDemo renders in the browser.
import { DEMO_GROUND, DEMO_VIEWBOX, type DemoBoneLayer, type DemoPose, demoFigure } from "@movekit/core/demo";

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
  const figure = demoFigure(pose);
  const bones = figure.bones
    .map(
      ({ layer, x1, y1, x2, y2 }) =>
        `<line x1="${round(x1)}" y1="${round(y1)}" x2="${round(x2)}" y2="${round(y2)}" stroke="${stroke[layer]}"/>`,
    )
    .join("");
  const { head } = figure;
  const { mat, floor } = DEMO_GROUND;
  const { x, y, width: w, height: h } = DEMO_VIEWBOX;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${w} ${h}" width="${width}" height="${height}">
<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${colours.background}"/>
<rect x="${mat.x}" y="${mat.y}" width="${mat.width}" height="${mat.height}" rx="${mat.rx}" fill="${colours.mat}"/>
<line x1="${floor.x1}" y1="${floor.y1}" x2="${floor.x2}" y2="${floor.y2}" stroke="${colours.floor}" stroke-width="0.75"/>
<g fill="none" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">${bones}</g>
<circle cx="${round(head.cx)}" cy="${round(head.cy)}" r="${head.r}" fill="${colours.trunk}"/>
</svg>`;
}
