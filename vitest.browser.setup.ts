import "@movekit/react/styles.css";
import { configure as configureTestingLibrary } from "@testing-library/react";
import { MotionGlobalConfig } from "framer-motion";
import { configure as configureStorybookTest } from "storybook/test";
import { WAIT_CEILING_MS } from "./vitest.wait.ts";

// Animations would race axe's colour checks; behaviour under reduced motion is tested on its own.
MotionGlobalConfig.skipAnimations = true;

// waitFor's one-second default is too short a ceiling for CI (see vitest.wait.ts). Two copies of the DOM testing
// library are in play: @testing-library/react's and the one storybook/test bundles.
configureTestingLibrary({ asyncUtilTimeout: WAIT_CEILING_MS });
configureStorybookTest({ asyncUtilTimeout: WAIT_CEILING_MS });
