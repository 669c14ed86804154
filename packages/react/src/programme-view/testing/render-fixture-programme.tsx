import { fixtureExercises, programmeFixture } from "@movekit/fixtures/programmes";
import { render } from "@testing-library/react";
import { ProgrammeView } from "../programme-view";

/** The fixture programme as a patient sees it on 5 Feb 2025, started 27 Jan: the page several browser tests share. */
export function renderFixtureProgramme() {
  return render(
    <ProgrammeView
      programme={programmeFixture}
      exercises={fixtureExercises}
      startDate="2025-01-27"
      today="2025-02-05"
    />,
  );
}
