// Every component, as a consumer app would use them (React 19 app). Kept in step with packages/react/src: each one
// imported from its own subpath. Dates are fixed so the server and the client render the same markup.
import {
  clamshellDemo,
  hipFlexorPainRule,
  hipFlexorReturnToRun,
  hipFlexorRunningPlan,
  movementDemos,
} from "@movekit/content";
import { ContraindicationList } from "@movekit/react/contraindication-list";
import { CueList } from "@movekit/react/cue-list";
import { DosageSummary } from "@movekit/react/dosage-summary";
import { ErrorBoundary } from "@movekit/react/error-boundary";
import { EvidenceList } from "@movekit/react/evidence-list";
import { ExerciseCard } from "@movekit/react/exercise-card";
import { ExerciseDetail } from "@movekit/react/exercise-detail";
import { ExerciseLibrary } from "@movekit/react/exercise-library";
import { ExerciseVideo } from "@movekit/react/exercise-video";
import { MovekitProvider } from "@movekit/react/movekit-provider";
import { MovementDemo } from "@movekit/react/movement-demo";
import { PainCheck } from "@movekit/react/pain-check";
import { ProgrammeView } from "@movekit/react/programme-view";
import { ProgressionLadder } from "@movekit/react/progression-ladder";
import { ReturnToRunPlan } from "@movekit/react/return-to-run-plan";
import { SafetyNotice } from "@movekit/react/safety-notice";
import { SessionPlayer } from "@movekit/react/session-player";
import { clamshell, exercises, frontPlank, gluteBridge, href, schedule } from "./content";

const buildPhase = hipFlexorReturnToRun.phases[1] ?? hipFlexorReturnToRun.phases[0];

export function Page() {
  return (
    <MovekitProvider locale="en-GB" units="metric">
      <main>
        <h1>Movekit consumer proof</h1>

        <section aria-labelledby="cards">
          <h2 id="cards">Exercise cards</h2>
          <ExerciseCard exercise={clamshell} href={href(clamshell)} headingLevel={3} />
          <ExerciseCard exercise={frontPlank} variant="compact" headingLevel={3} />
        </section>

        <ExerciseDetail
          exercise={gluteBridge}
          headingLevel={2}
          idPrefix="detail"
          exercises={exercises}
          getHref={href}
          media={(exercise) => <ExerciseVideo exercise={exercise} headingLevel={3} />}
        />

        <section aria-labelledby="parts">
          <h2 id="parts">Exercise parts</h2>
          <CueList cues={clamshell.cues} groupBy="role" headingLevel={3} label="Clamshell cues" />
          <DosageSummary dosage={{ sets: 3, reps: 10, perSide: true, holdSeconds: 5 }} showSessionTime />
          <SafetyNotice severity="stop-exercising" items={["Sharp pain, or pain that builds as you go."]} />
          <ContraindicationList
            contraindications={clamshell.contraindications}
            noContraindications={clamshell.noContraindications}
            headingLevel={3}
          />
          <ProgressionLadder exercise={clamshell} exercises={exercises} getHref={href} />
          <EvidenceList evidence={clamshell.evidence} provenance={clamshell.provenance} headingLevel={3} />
        </section>

        <section aria-labelledby="media">
          <h2 id="media">Demonstrations</h2>
          <ErrorBoundary onError={(error) => console.error("demonstration failed:", error)}>
            <ExerciseVideo exercise={clamshell} headingLevel={3} showChapters showTranscript />
            <MovementDemo demo={clamshellDemo} autoPlay={false} />
          </ErrorBoundary>
        </section>

        <ProgrammeView
          programme={hipFlexorReturnToRun}
          exercises={exercises}
          {...schedule}
          getExerciseHref={href}
          headingLevel={2}
        />

        <SessionPlayer
          items={buildPhase?.contents ?? []}
          exercises={exercises}
          movementDemos={movementDemos}
          painRule={hipFlexorPainRule}
          title="Build phase: today's session"
          headingLevel={2}
        />

        <PainCheck rule={hipFlexorPainRule} redFlags={hipFlexorReturnToRun.redFlags} headingLevel={2} />

        <ReturnToRunPlan plan={hipFlexorRunningPlan} headingLevel={2} />

        <ExerciseLibrary exercises={exercises} getHref={href} headingLevel={2} />
      </main>
    </MovekitProvider>
  );
}
