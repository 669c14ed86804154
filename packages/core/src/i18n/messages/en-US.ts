import type { Catalogue } from "../messages";

// Only what differs from en-GB.
const enUS: Partial<Catalogue> = {};

export default enUS;
