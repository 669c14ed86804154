import "@movekit/react/styles.css";
import { configure as configureTestingLibrary } from "@testing-library/react";
import { MotionGlobalConfig } from "framer-motion";
import { configure as configureStorybookTest } from "storybook/test";

// Animations would race axe's colour checks; behaviour under reduced motion is tested on its own.
MotionGlobalConfig.skipAnimations = true;

// waitFor's one-second default is a ceiling on waiting, not a speed check; on a busy 2-core CI machine running
// the browser and storybook projects side by side, renders that take 100 ms here have taken over a second.
configureTestingLibrary({ asyncUtilTimeout: 5000 });
configureStorybookTest({ asyncUtilTimeout: 5000 });
