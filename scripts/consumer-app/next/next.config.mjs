/** The consumer check's Next.js app: defaults only, as a new user would start. */
export default {};
