// Every component, as a consumer app would use them (React 18.3 app: a subset). Kept in step with packages/react/src.
import { DosageSummary } from "@movekit/react/dosage-summary";

export function Page() {
  return (
    <main>
      <h1>Movekit consumer proof</h1>
      <DosageSummary dosage={{ sets: 3, reps: 10, perSide: true, holdSeconds: 5 }} />
    </main>
  );
}
