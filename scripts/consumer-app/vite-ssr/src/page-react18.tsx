// A subset of the components on React 18.3 (the peer range promises 18.2+): static and interactive ones, the
// provider, a Radix-based control (PainCheck) and the programme view. Dates are fixed so server and client agree.
import { hipFlexorPainRule, hipFlexorReturnToRun } from "@movekit/content";
import { DosageSummary } from "@movekit/react/dosage-summary";
import { ExerciseCard } from "@movekit/react/exercise-card";
import { ExerciseDetail } from "@movekit/react/exercise-detail";
import { MovekitProvider } from "@movekit/react/movekit-provider";
import { PainCheck } from "@movekit/react/pain-check";
import { ProgrammeView } from "@movekit/react/programme-view";
import { SafetyNotice } from "@movekit/react/safety-notice";
import { clamshell, exercises, gluteBridge, href, schedule } from "./content";

export function Page() {
  return (
    <MovekitProvider locale="en-GB" units="metric">
      <main>
        <h1>Movekit consumer proof (React 18.3)</h1>
        <ExerciseCard exercise={clamshell} href={href(clamshell)} headingLevel={2} />
        <ExerciseDetail
          exercise={gluteBridge}
          headingLevel={2}
          idPrefix="detail"
          exercises={exercises}
          getHref={href}
        />
        <DosageSummary dosage={{ sets: 3, reps: 10, perSide: true, holdSeconds: 5 }} showSessionTime />
        <SafetyNotice severity="stop-exercising" items={["Sharp pain, or pain that builds as you go."]} />
        <PainCheck rule={hipFlexorPainRule} redFlags={hipFlexorReturnToRun.redFlags} headingLevel={2} />
        <ProgrammeView
          programme={hipFlexorReturnToRun}
          exercises={exercises}
          {...schedule}
          getExerciseHref={href}
          headingLevel={2}
        />
      </main>
    </MovekitProvider>
  );
}
