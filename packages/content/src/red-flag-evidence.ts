import type { Evidence, LocalizedText, RedFlag } from "@movekit/core";
import { citeSource, type Source } from "./citation";
import {
  chesterfieldCes,
  finucane2020,
  gloucestershireHip,
  greenhalgh2018,
  healthierTogetherLimp,
  niceNg59,
  peck2017,
  robertson2017,
  royalFreeCes,
  seed000,
  versusArthritisHip,
} from "./sources";

// What each warning sign and its tier rest on. A claim that cites a research paper is "evidence"; NHS, NICE and
// trust pages, consensus frameworks and the source texts are "advice". Calls are marked pure so that bundlers
// can drop this table when no exercise an app imports uses it.
function claimFor(claim: LocalizedText, first: Source, ...more: Source[]): Evidence {
  const kind = [first, ...more].some((source) => source.kind === "research") ? "evidence" : "advice";
  return citeSource(kind, first, claim, ...more);
}

const stopRules = /* @__PURE__ */ claimFor(
  {
    "en-GB":
      "Sharp or sudden pain, pain that builds as you go on, or pain that changes how you walk or run means stopping at once; pain that persists beyond a few days, or is moderate to severe, needs a professional assessment.",
    es: "Un dolor agudo o repentino, un dolor que va a más o un dolor que cambia tu forma de caminar o de correr obliga a parar en el acto; un dolor que dura más de unos días, o moderado o intenso, necesita una valoración profesional.",
  },
  seed000,
);

const byId: Record<string, Evidence> = {
  "sudden-sharp-pain": stopRules,
  "pain-builds-as-you-go": stopRules,
  "limping-or-changed-stride": stopRules,
  "pain-not-settling": stopRules,
  "cauda-equina-signs": /* @__PURE__ */ claimFor(
    {
      "en-GB":
        "Numbness between the legs or around the back passage, new bladder or bowel problems and weakness in both legs can mean cauda equina syndrome, which NHS trusts ask patients to take straight to the emergency department.",
      es: "El entumecimiento entre las piernas o alrededor del ano, los problemas nuevos para orinar o hacer de vientre y la debilidad en las dos piernas pueden indicar un síndrome de cola de caballo, y los hospitales del NHS piden acudir directamente a urgencias.",
    },
    chesterfieldCes,
    royalFreeCes,
    greenhalgh2018,
    finucane2020,
  ),
  "new-leg-numbness-or-weakness": /* @__PURE__ */ claimFor(
    {
      "en-GB":
        "New or worsening numbness or weakness in a leg is a sign of nerve-root compression that needs a medical assessment; in both legs, or with saddle numbness or bladder changes, it is treated as possible cauda equina syndrome.",
      es: "El entumecimiento o la debilidad nuevos o que empeoran en una pierna indican compresión de una raíz nerviosa y necesitan valoración médica; en las dos piernas, o con entumecimiento en la zona del sillín o cambios al orinar, se trata como posible síndrome de cola de caballo.",
    },
    niceNg59,
    finucane2020,
  ),
  "cannot-bear-weight": /* @__PURE__ */ claimFor(
    {
      "en-GB":
        "Not being able to walk or put weight on the leg is a hip red flag whatever the cause: NHS pathways send a suspected fracture to the emergency department and ask for the person to be seen the same day.",
      es: "No poder caminar ni apoyar la pierna es una señal de alarma de la cadera sea cual sea la causa: las guías del NHS envían una posible fractura a urgencias y piden que se valore a la persona ese mismo día.",
    },
    gloucestershireHip,
    healthierTogetherLimp,
  ),
  "bone-stress-hip": /* @__PURE__ */ claimFor(
    {
      "en-GB":
        "A stress fracture of the neck of the thigh bone usually shows as groin pain that comes with exercise in runners; delays in diagnosis are common and let the fracture displace, so it needs urgent imaging.",
      es: "La fractura por estrés del cuello del fémur suele manifestarse en corredores como dolor de ingle con el ejercicio; el retraso diagnóstico es frecuente y permite que la fractura se desplace, así que necesita pruebas de imagen urgentes.",
    },
    robertson2017,
    gloucestershireHip,
  ),
  "limp-while-still-growing": /* @__PURE__ */ claimFor(
    {
      "en-GB":
        "In adolescents, a limp with hip, groin, thigh or knee pain can be a slipped upper femoral epiphysis, one of the most commonly missed diagnoses in children; it needs urgent assessment and a hip X-ray.",
      es: "En adolescentes, una cojera con dolor de cadera, ingle, muslo o rodilla puede ser una epifisiólisis femoral proximal, uno de los diagnósticos que más se pasan por alto en la infancia; necesita valoración urgente y una radiografía de cadera.",
    },
    peck2017,
    healthierTogetherLimp,
    gloucestershireHip,
  ),
  "night-pain-or-weight-loss": /* @__PURE__ */ claimFor(
    {
      "en-GB":
        "Constant pain, including at night and at rest, and unexplained weight loss are red flags for a serious cause of hip pain and call for a prompt medical assessment.",
      es: "El dolor constante, también por la noche y en reposo, y la pérdida de peso sin explicación son señales de alarma de una causa grave de dolor de cadera y requieren una valoración médica pronto.",
    },
    gloucestershireHip,
    versusArthritisHip,
    finucane2020,
  ),
  "groin-pain-with-fever": /* @__PURE__ */ claimFor(
    {
      "en-GB":
        "A hot, red, swollen hip or hip pain with fever can mean infection in the joint, which NHS pathways treat as urgent.",
      es: "Una cadera caliente, roja e hinchada, o el dolor de cadera con fiebre, pueden indicar una infección de la articulación, que las guías del NHS tratan como urgente.",
    },
    gloucestershireHip,
    versusArthritisHip,
  ),
};

/** The sources behind the given warning signs, once each (signs that share a source share one entry). */
export function warningSignEvidence(flags: readonly RedFlag[]): Evidence[] {
  const entries = flags.map((flag) => byId[flag.id]).filter((entry): entry is Evidence => entry !== undefined);
  return [...new Set(entries)];
}
