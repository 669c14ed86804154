// The JSX runtime every component's compiled JSX imports (tsup.config.ts points the build's JSX import source
// here): one module re-exporting React's, so a consumer's bundle holds one import of it rather than one per file.
export { Fragment, jsx, jsxs } from "react/jsx-runtime";
