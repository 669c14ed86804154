// The consumer check's React Router 7 app (framework mode): server rendering on, and the exercise page
// prerendered at build time, so the check can read the HTML the server sends without starting a server.
import type { Config } from "@react-router/dev/config";

export default {
  ssr: true,
  prerender: ["/exercises/clamshell"],
} satisfies Config;
