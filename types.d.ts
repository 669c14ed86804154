// Ambient declarations for the workspace's own tooling (not shipped).
declare module "*.css";
declare module "*.md?raw" {
  const text: string;
  export default text;
}
declare module "*.jpg" {
  const url: string;
  export default url;
}
