import type { Contraindication } from "@movekit/core";

/**
 * Running, hopping, squatting and the running warm-up load the neck of the thigh bone; with a bone stress injury
 * that load can turn a stress reaction into a displaced fracture (Robertson and Wood 2017).
 */
export const stressFracture: Contraindication = {
  id: "stress-fracture",
  severity: "absolute",
  text: {
    "en-GB":
      "A suspected or confirmed stress fracture (bone stress injury) of the hip, pelvis or leg, until the clinician treating it clears you.",
    es: "Una fractura por estrés (lesión ósea por sobrecarga) sospechada o confirmada en la cadera, la pelvis o la pierna, hasta que el profesional que la trata te dé el alta para este ejercicio.",
  },
};
