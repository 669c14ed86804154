// Loaded on demand by MovekitProvider so the animation features never sit in a page's first bundle.
export { domAnimation as default } from "framer-motion";
