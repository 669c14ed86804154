import { render } from "@testing-library/react";
import { expect, it } from "vitest";
import { page } from "vitest/browser";
import { MovementDemo } from "../movement-demo";
import { clamshellDemo } from "@movekit/content";
import { ExerciseVideo } from "./exercise-video";
import { clamshellWithMedia } from "./testing/demo-media";

it("shot", async () => {
  await page.viewport(900, 1400);
  render(
    <div style={{ width: 640, padding: 16 }}>
      <ExerciseVideo exercise={clamshellWithMedia()} />
      <MovementDemo demo={clamshellDemo} reducedMotion />
    </div>,
  );
  const video = document.querySelector("video") as HTMLVideoElement;
  await expect.poll(() => video.readyState, { timeout: 5000 }).toBeGreaterThan(1);
  video.currentTime = 3.2;
  await new Promise((r) => setTimeout(r, 800));
  await page.screenshot({ path: "/tmp/shot.png" });
});
