import "@movekit/react/styles.css";
import { MotionGlobalConfig } from "framer-motion";

// Animations would race axe's colour checks; behaviour under reduced motion is tested on its own.
MotionGlobalConfig.skipAnimations = true;
