// The public `redFlags` namespace. It is built from this module rather than from red-flags.ts itself: a bundler
// writes a namespace as one object holding every member, and that object must not sit in the same file as the
// flags, or an app that imports one exercise would bundle every flag.
export * from "./red-flags";
