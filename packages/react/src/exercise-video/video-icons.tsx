// Decorative control icons (aria-hidden): the button text says what each does.
const base = {
  width: "1.25em",
  height: "1.25em",
  viewBox: "0 0 24 24",
  "aria-hidden": true,
  focusable: false,
} as const;

export function PlayIcon() {
  return (
    <svg {...base} aria-hidden="true" fill="currentColor">
      <path d="M7 4.5v15l13-7.5z" />
    </svg>
  );
}

export function PauseIcon() {
  return (
    <svg {...base} aria-hidden="true" fill="currentColor">
      <path d="M6 4h4.5v16H6zM13.5 4H18v16h-4.5z" />
    </svg>
  );
}
