// Synthetic exercise libraries for tests, stories and benchmarks. NOT shipped content: the exercises are
// combinations of real movements, variations and kit, written so they pass parseLibrary, but they are not
// clinically reviewed and their provenance says so. Deterministic: the same seed gives the same library.
import type {
  BodyRegion,
  Category,
  Difficulty,
  Dosage,
  ExerciseInput,
  Goal,
  LibraryInput,
  Position,
  ProgrammeInput,
} from "@movekit/core";

/** mulberry32: a tiny seeded PRNG, so every run builds the same library. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Pair = readonly [en: string, es: string];
type DoseKind = "reps" | "hold" | "duration";

interface Movement {
  key: string;
  name: Pair;
  category: Category;
  regions: BodyRegion[];
  position: Position;
  laterality: "bilateral" | "unilateral" | "alternating";
  goals: Goal[];
  muscle: { id: string; name: Pair };
  start: Pair;
  action: Pair;
  feel: Pair;
  dose: DoseKind;
  level: number; // 0 beginner, 1 intermediate, 2 advanced
}

const m = (
  key: string,
  name: Pair,
  category: Category,
  regions: BodyRegion[],
  position: Position,
  laterality: Movement["laterality"],
  goals: Goal[],
  muscle: [string, string, string],
  start: Pair,
  action: Pair,
  feel: Pair,
  dose: DoseKind,
  level: number,
): Movement => ({
  key,
  name,
  category,
  regions,
  position,
  laterality,
  goals,
  muscle: { id: muscle[0], name: [muscle[1], muscle[2]] },
  start,
  action,
  feel,
  dose,
  level,
});

const GLUTE: [string, string, string] = ["gluteus-maximus", "Gluteus maximus", "Glúteo mayor"];
const GLUTE_MED: [string, string, string] = ["gluteus-medius", "Gluteus medius", "Glúteo medio"];
const QUADS: [string, string, string] = ["quadriceps", "Quadriceps", "Cuádriceps"];
const HAMS: [string, string, string] = ["hamstrings", "Hamstrings", "Isquiotibiales"];
const CALF: [string, string, string] = ["calf", "Calf muscles", "Gemelos"];
const ABS: [string, string, string] = ["transversus-abdominis", "Deep abdominals", "Abdominales profundos"];
const OBLIQUE: [string, string, string] = ["obliques", "Obliques", "Oblicuos"];
const HIP_FLEX: [string, string, string] = ["hip-flexors", "Hip flexors", "Flexores de cadera"];
const BACK: [string, string, string] = ["erector-spinae", "Back extensors", "Extensores de la espalda"];
const SHOULDER: [string, string, string] = ["rotator-cuff", "Rotator cuff", "Manguito rotador"];
const SCAP: [string, string, string] = ["lower-trapezius", "Lower trapezius", "Trapecio inferior"];
const NECK: [string, string, string] = ["deep-neck-flexors", "Deep neck flexors", "Flexores profundos del cuello"];
const WRIST: [string, string, string] = ["forearm-extensors", "Forearm extensors", "Extensores del antebrazo"];

// 30 movements × 14 variations × 12 kit options = 5,040 distinct exercises.
const MOVEMENTS: Movement[] = [
  m("glute-bridge", ["Glute bridge", "Puente de glúteos"], "strength", ["hip", "glutes"], "supine", "bilateral", ["strength"], GLUTE, ["Lie on your back with your knees bent and feet flat.", "Túmbate boca arriba con las rodillas dobladas y los pies apoyados."], ["Squeeze your buttocks and lift your hips until your body is in a line.", "Aprieta los glúteos y eleva la cadera hasta alinear el cuerpo."], ["Work in your buttocks and the back of your thighs.", "Trabajo en los glúteos y la parte de atrás de los muslos."], "reps", 0),
  m("clamshell", ["Clamshell", "Almeja"], "strength", ["hip", "glutes"], "side-lying", "unilateral", ["strength", "stability"], GLUTE_MED, ["Lie on your side with your hips and knees bent.", "Túmbate de lado con la cadera y las rodillas dobladas."], ["Keep your feet together and lift your top knee.", "Mantén los pies juntos y separa la rodilla de arriba."], ["Work in the side of your buttock.", "Trabajo en el lateral del glúteo."], "reps", 0),
  m("squat", ["Squat", "Sentadilla"], "strength", ["thigh", "knee", "glutes"], "standing", "bilateral", ["strength"], QUADS, ["Stand with your feet hip-width apart.", "De pie, con los pies a la anchura de la cadera."], ["Bend your hips and knees as if sitting down, then stand up.", "Dobla la cadera y las rodillas como para sentarte y vuelve a subir."], ["Work in your thighs and buttocks.", "Trabajo en los muslos y los glúteos."], "reps", 0),
  m("split-squat", ["Split squat", "Sentadilla dividida"], "strength", ["thigh", "knee"], "standing", "unilateral", ["strength", "balance"], QUADS, ["Stand with one foot a long step in front of the other.", "De pie, con un pie un paso largo por delante del otro."], ["Lower your back knee towards the floor, then push back up.", "Baja la rodilla de atrás hacia el suelo y vuelve a subir."], ["Work in the front of your thigh.", "Trabajo en la parte delantera del muslo."], "reps", 1),
  m("lunge", ["Lunge", "Zancada"], "strength", ["thigh", "knee", "glutes"], "standing", "alternating", ["strength", "balance"], QUADS, ["Stand tall with your feet together.", "De pie, erguido, con los pies juntos."], ["Step forward and bend both knees, then step back.", "Da un paso adelante, dobla ambas rodillas y vuelve atrás."], ["Work in your thighs and buttocks.", "Trabajo en los muslos y los glúteos."], "reps", 1),
  m("step-up", ["Step-up", "Subida al escalón"], "strength", ["thigh", "knee"], "standing", "unilateral", ["strength", "balance"], QUADS, ["Stand facing a step.", "De pie, frente a un escalón."], ["Step up with one foot and straighten that leg, then step down.", "Sube con un pie, estira esa pierna y baja."], ["Work in the front of your thigh.", "Trabajo en la parte delantera del muslo."], "reps", 1),
  m("calf-raise", ["Calf raise", "Elevación de talones"], "strength", ["lower-leg", "ankle-foot"], "standing", "bilateral", ["strength", "endurance"], CALF, ["Stand holding on to something steady.", "De pie, apoyado en algo estable."], ["Rise up onto your toes, then lower your heels.", "Ponte de puntillas y baja los talones."], ["Work in your calves.", "Trabajo en los gemelos."], "reps", 0),
  m("heel-drop", ["Heel drop", "Descenso de talón"], "strength", ["lower-leg", "ankle-foot"], "standing", "unilateral", ["strength"], CALF, ["Stand on the edge of a step on the balls of your feet.", "De pie en el borde de un escalón, sobre la parte delantera de los pies."], ["Lower one heel slowly below the step.", "Baja despacio un talón por debajo del escalón."], ["Work and a stretch in your calf.", "Trabajo y estiramiento en el gemelo."], "reps", 1),
  m("hamstring-curl", ["Hamstring curl", "Curl de isquiotibiales"], "strength", ["thigh", "knee"], "prone", "bilateral", ["strength"], HAMS, ["Lie on your front with your legs straight.", "Túmbate boca abajo con las piernas estiradas."], ["Bend your knees to bring your heels towards you.", "Dobla las rodillas y acerca los talones."], ["Work in the back of your thighs.", "Trabajo en la parte de atrás de los muslos."], "reps", 0),
  m("leg-lowering", ["Leg lowering", "Descenso de piernas"], "stability", ["core", "lower-back"], "supine", "alternating", ["stability"], ABS, ["Lie on your back with your knees bent up over your hips.", "Túmbate boca arriba con las rodillas dobladas sobre la cadera."], ["Lower one foot slowly to the floor without arching your back.", "Baja despacio un pie al suelo sin arquear la espalda."], ["Work in your lower tummy.", "Trabajo en la parte baja del abdomen."], "reps", 1),
  m("front-plank", ["Front plank", "Plancha frontal"], "stability", ["core"], "prone", "bilateral", ["stability", "endurance"], ABS, ["Lie on your front, propped on your forearms.", "Túmbate boca abajo, apoyado en los antebrazos."], ["Lift your body so it is in a straight line and hold.", "Eleva el cuerpo en línea recta y mantén."], ["Work in your tummy and shoulders.", "Trabajo en el abdomen y los hombros."], "hold", 1),
  m("side-plank", ["Side plank", "Plancha lateral"], "stability", ["core", "hip"], "side-lying", "unilateral", ["stability", "strength"], OBLIQUE, ["Lie on your side, propped on one forearm.", "Túmbate de lado, apoyado en un antebrazo."], ["Lift your hips so your body is in a straight line and hold.", "Eleva la cadera hasta alinear el cuerpo y mantén."], ["Work in the side of your trunk.", "Trabajo en el lateral del tronco."], "hold", 1),
  m("dead-bug", ["Dead bug", "Bicho muerto"], "stability", ["core"], "supine", "alternating", ["stability"], ABS, ["Lie on your back with your arms up and knees over your hips.", "Túmbate boca arriba con los brazos arriba y las rodillas sobre la cadera."], ["Reach one arm back and the opposite leg out, then return.", "Lleva un brazo atrás y la pierna contraria hacia fuera, y vuelve."], ["Work in your tummy.", "Trabajo en el abdomen."], "reps", 0),
  m("bird-dog", ["Bird dog", "Perro de caza"], "stability", ["core", "lower-back"], "quadruped", "alternating", ["stability", "balance"], BACK, ["Kneel on your hands and knees.", "Apóyate sobre las manos y las rodillas."], ["Reach one arm forward and the opposite leg back, then return.", "Estira un brazo hacia delante y la pierna contraria hacia atrás, y vuelve."], ["Work along your back and buttocks.", "Trabajo a lo largo de la espalda y los glúteos."], "reps", 0),
  m("fire-hydrant", ["Fire hydrant", "Hidrante"], "strength", ["hip", "glutes"], "quadruped", "unilateral", ["strength", "mobility"], GLUTE_MED, ["Kneel on your hands and knees.", "Apóyate sobre las manos y las rodillas."], ["Lift one bent knee out to the side, then lower it.", "Eleva una rodilla doblada hacia el lado y bájala."], ["Work in the side of your buttock.", "Trabajo en el lateral del glúteo."], "reps", 0),
  m("hip-flexor-stretch", ["Hip flexor stretch", "Estiramiento de flexores de cadera"], "stretch", ["hip", "thigh"], "half-kneeling", "unilateral", ["flexibility"], HIP_FLEX, ["Kneel on one knee with the other foot in front.", "Arrodíllate sobre una rodilla con el otro pie delante."], ["Tuck your tailbone under and shift your weight forward.", "Mete la pelvis y lleva el peso hacia delante."], ["A stretch at the front of your hip.", "Estiramiento en la parte delantera de la cadera."], "hold", 0),
  m("thomas-stretch", ["Thomas-test stretch", "Estiramiento del test de Thomas"], "stretch", ["hip", "thigh"], "supine", "unilateral", ["flexibility"], HIP_FLEX, ["Lie on your back at the edge of a bed, hugging one knee.", "Túmbate boca arriba al borde de la cama, abrazando una rodilla."], ["Let the other leg hang down over the edge.", "Deja colgar la otra pierna por el borde."], ["A stretch at the front of your hip and thigh.", "Estiramiento en la parte delantera de la cadera y el muslo."], "hold", 1),
  m("hamstring-stretch", ["Hamstring stretch", "Estiramiento de isquiotibiales"], "stretch", ["thigh"], "sitting", "unilateral", ["flexibility"], HAMS, ["Sit with one leg straight out in front.", "Siéntate con una pierna estirada delante."], ["Lean forward from your hips with a straight back.", "Inclínate desde la cadera con la espalda recta."], ["A stretch at the back of your thigh.", "Estiramiento en la parte de atrás del muslo."], "hold", 0),
  m("calf-stretch", ["Calf stretch", "Estiramiento de gemelos"], "stretch", ["lower-leg"], "standing", "unilateral", ["flexibility"], CALF, ["Stand facing a wall with one foot behind you.", "De pie frente a una pared con un pie atrás."], ["Keep your back heel down and lean towards the wall.", "Mantén el talón de atrás en el suelo y apóyate en la pared."], ["A stretch in the back of your lower leg.", "Estiramiento en la parte de atrás de la pierna."], "hold", 0),
  m("downward-dog", ["Downward dog", "Perro boca abajo"], "yoga", ["whole-body", "lower-leg"], "quadruped", "bilateral", ["flexibility", "strength"], HAMS, ["Start on your hands and knees.", "Empieza sobre las manos y las rodillas."], ["Lift your hips up and back into an upside-down V.", "Eleva la cadera hacia arriba y atrás formando una V invertida."], ["A stretch along the backs of your legs.", "Estiramiento por detrás de las piernas."], "hold", 1),
  m("bridge-pose", ["Bridge pose", "Postura del puente"], "yoga", ["lower-back", "glutes"], "supine", "bilateral", ["flexibility", "strength"], GLUTE, ["Lie on your back with your knees bent.", "Túmbate boca arriba con las rodillas dobladas."], ["Press through your feet and lift your hips and chest.", "Empuja con los pies y eleva la cadera y el pecho."], ["Work in your buttocks and a stretch across your chest.", "Trabajo en los glúteos y apertura del pecho."], "hold", 0),
  m("cat-cow", ["Cat-cow", "Gato-vaca"], "mobility", ["lower-back", "upper-back"], "quadruped", "bilateral", ["mobility"], BACK, ["Kneel on your hands and knees.", "Apóyate sobre las manos y las rodillas."], ["Round your back up, then let it sag gently.", "Redondea la espalda hacia arriba y después déjala bajar suavemente."], ["Movement all along your spine.", "Movimiento a lo largo de la columna."], "reps", 0),
  m("thoracic-rotation", ["Thoracic rotation", "Rotación torácica"], "mobility", ["upper-back"], "side-lying", "unilateral", ["mobility"], BACK, ["Lie on your side with your knees bent and arms out in front.", "Túmbate de lado con las rodillas dobladas y los brazos delante."], ["Open your top arm across to the other side, following it with your eyes.", "Abre el brazo de arriba hacia el otro lado siguiéndolo con la mirada."], ["Movement and a stretch in your upper back.", "Movimiento y estiramiento en la parte alta de la espalda."], "reps", 0),
  m("external-rotation", ["Shoulder external rotation", "Rotación externa de hombro"], "strength", ["shoulder"], "standing", "unilateral", ["strength", "stability"], SHOULDER, ["Stand with your elbow bent at your side.", "De pie con el codo doblado junto al cuerpo."], ["Turn your forearm outwards, keeping your elbow in.", "Gira el antebrazo hacia fuera sin separar el codo."], ["Work at the back of your shoulder.", "Trabajo en la parte de atrás del hombro."], "reps", 0),
  m("wall-slide", ["Wall slide", "Deslizamiento en pared"], "mobility", ["shoulder", "upper-back"], "standing", "bilateral", ["mobility", "stability"], SCAP, ["Stand with your back and arms against a wall.", "De pie con la espalda y los brazos contra la pared."], ["Slide your arms up the wall and back down.", "Desliza los brazos hacia arriba por la pared y bájalos."], ["Work between your shoulder blades.", "Trabajo entre los omóplatos."], "reps", 0),
  m("prone-y-raise", ["Prone Y raise", "Elevación en Y boca abajo"], "strength", ["shoulder", "upper-back"], "prone", "bilateral", ["strength"], SCAP, ["Lie on your front with your arms overhead in a Y.", "Túmbate boca abajo con los brazos en Y por encima de la cabeza."], ["Lift your arms a little off the floor, then lower them.", "Eleva un poco los brazos del suelo y bájalos."], ["Work between your shoulder blades.", "Trabajo entre los omóplatos."], "reps", 1),
  m("chin-tuck", ["Chin tuck", "Retracción cervical"], "mobility", ["neck"], "sitting", "bilateral", ["mobility", "stability"], NECK, ["Sit tall looking straight ahead.", "Siéntate erguido mirando al frente."], ["Slide your chin straight back, making a double chin.", "Lleva la barbilla hacia atrás, haciendo papada."], ["A gentle stretch at the back of your neck.", "Estiramiento suave en la nuca."], "reps", 0),
  m("wrist-extension", ["Wrist extension", "Extensión de muñeca"], "strength", ["wrist-hand", "elbow"], "sitting", "unilateral", ["strength"], WRIST, ["Sit with your forearm resting on a table, palm down.", "Siéntate con el antebrazo apoyado en una mesa, palma abajo."], ["Lift the back of your hand up, then lower it slowly.", "Levanta el dorso de la mano y bájalo despacio."], ["Work in the top of your forearm.", "Trabajo en la parte superior del antebrazo."], "reps", 0),
  m("single-leg-balance", ["Single-leg balance", "Equilibrio a una pierna"], "stability", ["ankle-foot", "knee"], "standing", "unilateral", ["balance", "stability"], CALF, ["Stand near something steady.", "De pie cerca de algo estable."], ["Lift one foot and balance on the other leg.", "Levanta un pie y mantén el equilibrio sobre la otra pierna."], ["Work in your ankle and foot.", "Trabajo en el tobillo y el pie."], "hold", 0),
  m("marching", ["Marching on the spot", "Marcha en el sitio"], "warm-up", ["whole-body"], "moving", "alternating", ["warm-up", "cardio"], HIP_FLEX, ["Stand tall.", "De pie, erguido."], ["March on the spot, lifting your knees and swinging your arms.", "Marcha en el sitio levantando las rodillas y moviendo los brazos."], ["Warmer and a little out of breath.", "Más calor y algo de falta de aire."], "duration", 0),
];

interface Variation {
  key: string;
  /** English prefix, Spanish suffix. */
  name: Pair;
  level: number;
  tempo?: boolean;
  hold?: number;
}

const VARIATIONS: Variation[] = [
  { key: "basic", name: ["", ""], level: 0 },
  { key: "supported", name: ["Supported", "con apoyo"], level: -1 },
  { key: "short-range", name: ["Short-range", "de recorrido corto"], level: -1 },
  { key: "slow", name: ["Slow", "lento"], level: 0, tempo: true },
  { key: "paused", name: ["Paused", "con pausa"], level: 0, hold: 3 },
  { key: "pulsing", name: ["Pulsing", "con rebotes"], level: 0 },
  { key: "isometric", name: ["Isometric", "isométrico"], level: 0, hold: 10 },
  { key: "eccentric", name: ["Eccentric", "excéntrico"], level: 1, tempo: true },
  { key: "wide", name: ["Wide", "abierto"], level: 0 },
  { key: "narrow", name: ["Narrow", "cerrado"], level: 0 },
  { key: "single-side", name: ["Single-side", "a un lado"], level: 1 },
  { key: "elevated", name: ["Elevated", "elevado"], level: 1 },
  { key: "loaded", name: ["Loaded", "con carga"], level: 1 },
  { key: "endurance", name: ["Endurance", "de resistencia"], level: 0 },
];

interface Kit {
  id: string;
  name: Pair;
  with: Pair;
  optional?: boolean;
  substitute?: { id: string; name: Pair };
}

const KIT: Array<Kit | undefined> = [
  undefined, // no equipment
  { id: "resistance-band", name: ["Resistance band", "Banda elástica"], with: ["with a band", "con banda elástica"] },
  { id: "dumbbell", name: ["Dumbbell", "Mancuerna"], with: ["with a dumbbell", "con mancuerna"], substitute: { id: "water-bottle", name: ["A full water bottle", "Una botella de agua llena"] } },
  { id: "kettlebell", name: ["Kettlebell", "Pesa rusa"], with: ["with a kettlebell", "con pesa rusa"] },
  { id: "step", name: ["Step", "Escalón"], with: ["on a step", "en escalón"], substitute: { id: "stairs", name: ["The bottom stair", "El primer peldaño de la escalera"] } },
  { id: "chair", name: ["Chair", "Silla"], with: ["with a chair", "con silla"], optional: true },
  { id: "exercise-ball", name: ["Exercise ball", "Pelota de ejercicio"], with: ["on a ball", "con pelota"] },
  { id: "foam-roller", name: ["Foam roller", "Rodillo de espuma"], with: ["with a roller", "con rodillo"] },
  { id: "mat", name: ["Exercise mat", "Esterilla"], with: ["on a mat", "en esterilla"], optional: true, substitute: { id: "towel", name: ["A folded towel", "Una toalla doblada"] } },
  { id: "wall", name: ["Wall", "Pared"], with: ["at a wall", "en la pared"] },
  { id: "cushion", name: ["Balance cushion", "Cojín de equilibrio"], with: ["on a cushion", "sobre cojín"] },
  { id: "cable-machine", name: ["Cable machine", "Máquina de poleas"], with: ["on a cable machine", "en polea"] },
];

const DIFFICULTY: Difficulty[] = ["beginner", "intermediate", "advanced"];
const PROVENANCE = {
  author: "Movekit synthetic generator",
  reviewer: "Not clinically reviewed (synthetic test data)",
  reviewedOn: "2026-01-01",
  licence: "CC-BY-4.0",
};
const EVIDENCE = [
  {
    claim: {
      "en-GB": "Synthetic exercise for testing and benchmarks; not clinical advice.",
      es: "Ejercicio sintético para pruebas y mediciones; no es consejo clínico.",
    },
    kind: "advice" as const,
    source: "bench/synthetic-library.ts (generated, not a clinical source)",
  },
];

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function dosageFor(movement: Movement, variation: Variation, rand: () => number): Dosage {
  const perSide = movement.laterality !== "bilateral" ? { perSide: true } : {};
  const sets = 2 + Math.floor(rand() * 3);
  if (movement.dose === "duration") return { durationSeconds: 60 * (2 + Math.floor(rand() * 4)) };
  if (movement.dose === "hold" || variation.hold === 10) {
    return { sets, holdSeconds: [20, 30, 45][Math.floor(rand() * 3)] ?? 30, ...perSide, restBetweenSetsSeconds: 30 };
  }
  const reps = [8, 10, 12, 15][Math.floor(rand() * 4)] ?? 10;
  return {
    sets,
    reps,
    ...perSide,
    ...(variation.hold ? { holdSeconds: variation.hold } : {}),
    ...(variation.tempo ? { tempo: { lower: 3, lift: 1 } } : {}),
    restBetweenSetsSeconds: 60,
  };
}

export interface SyntheticOptions {
  /** PRNG seed. @default 42 */
  seed?: number;
  /**
   * Give exercises a video entry with a poster under this URL prefix (e.g. "/synthetic-media/"), as real
   * content would have. Left out: no media, so nothing is fetched (stories, unit tests).
   */
  mediaBase?: string;
}

interface Combo {
  movement: number;
  variation: number;
  kit: number;
}

/** Every combination in a seeded order, so the first N of any size are varied. */
function combos(rand: () => number): Combo[] {
  const all: Combo[] = [];
  for (let movement = 0; movement < MOVEMENTS.length; movement++)
    for (let variation = 0; variation < VARIATIONS.length; variation++)
      for (let kit = 0; kit < KIT.length; kit++) all.push({ movement, variation, kit });
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [all[i], all[j]] = [all[j] as Combo, all[i] as Combo];
  }
  return all;
}

export const MAX_SYNTHETIC_EXERCISES = MOVEMENTS.length * VARIATIONS.length * KIT.length;

/** `count` synthetic exercises (at most 5,040), valid for `parseLibrary`, written in en-GB and es. */
export function syntheticExercises(count: number, options: SyntheticOptions = {}): ExerciseInput[] {
  if (count > MAX_SYNTHETIC_EXERCISES) throw new RangeError(`At most ${MAX_SYNTHETIC_EXERCISES} exercises`);
  const rand = mulberry32(options.seed ?? 42);
  const picked = combos(rand).slice(0, count);
  const idOf = ({ movement, variation, kit }: Combo) =>
    [MOVEMENTS[movement]?.key, VARIATIONS[variation]?.key, KIT[kit]?.id ?? "no-kit"].join("-");
  // Ladders link variations of the same movement by level, lower index → higher, so they never loop.
  const byMovement = new Map<number, Combo[]>();
  for (const combo of picked) byMovement.set(combo.movement, [...(byMovement.get(combo.movement) ?? []), combo]);

  return picked.map((combo, index) => {
    const movement = MOVEMENTS[combo.movement] as Movement;
    const variation = VARIATIONS[combo.variation] as Variation;
    const kit = KIT[combo.kit];
    const level = Math.max(0, Math.min(2, movement.level + variation.level + (kit?.id === "cable-machine" ? 1 : 0)));
    const [prefixEn, suffixEs] = variation.name;
    const nameEn = [prefixEn, prefixEn ? lower(movement.name[0]) : movement.name[0], kit?.with[0]]
      .filter(Boolean)
      .join(" ");
    const nameEs = [movement.name[1], suffixEs, kit?.with[1]].filter(Boolean).join(" ");
    const id = idOf(combo);
    const siblings = byMovement.get(combo.movement) ?? [];
    const position = siblings.indexOf(combo);
    const next = siblings[position + 1];
    const hasCautions = rand() < 0.3;
    const exercise: ExerciseInput = {
      id,
      slug: id,
      language: "en-GB",
      name: { "en-GB": capitalise(nameEn), es: capitalise(nameEs) },
      aliases: {
        "en-GB": [`${movement.name[0]} variation ${index + 1}`],
        es: [`${movement.name[1]}, variante ${index + 1}`],
      },
      summary: {
        "en-GB": `A ${DIFFICULTY[level]} ${lower(movement.name[0])} for the ${movement.regions.join(" and ")}.`,
        es: `${capitalise(lower(movement.name[1]))} de nivel ${["inicial", "intermedio", "avanzado"][level]}.`,
      },
      category: movement.category,
      bodyRegions: movement.regions,
      targetMuscles: [
        { id: movement.muscle.id, name: { "en-GB": movement.muscle.name[0], es: movement.muscle.name[1] }, primary: true },
      ],
      equipment: kit
        ? [
            {
              id: kit.id,
              name: { "en-GB": kit.name[0], es: kit.name[1] },
              ...(kit.optional ? { optional: true } : {}),
              substitutions: kit.substitute
                ? [{ id: kit.substitute.id, name: { "en-GB": kit.substitute.name[0], es: kit.substitute.name[1] } }]
                : [],
            },
          ]
        : [],
      position: movement.position,
      laterality: movement.laterality,
      difficulty: DIFFICULTY[level] as Difficulty,
      goals: movement.goals,
      startPosition: { "en-GB": movement.start[0], es: movement.start[1] },
      steps: [
        { "en-GB": movement.action[0], es: movement.action[1] },
        { "en-GB": "Return slowly to the start position.", es: "Vuelve despacio a la posición inicial." },
      ],
      cues: [
        { role: "setup", text: { "en-GB": movement.start[0], es: movement.start[1] } },
        { role: "breathing", text: { "en-GB": "Breathe out as you work.", es: "Suelta el aire durante el esfuerzo." } },
        {
          role: "form",
          kind: "dont",
          text: { "en-GB": "Do not hold your breath.", es: "No contengas la respiración." },
        },
      ],
      commonMistakes: [{ "en-GB": "Rushing the movement.", es: "Hacer el movimiento con prisa." }],
      whatYouShouldFeel: { "en-GB": movement.feel[0], es: movement.feel[1] },
      ...(hasCautions
        ? {
            contraindications: [
              {
                id: "pain-that-worsens",
                severity: "relative" as const,
                text: {
                  "en-GB": "Pain that gets worse during the exercise.",
                  es: "Dolor que empeora durante el ejercicio.",
                },
                modification: {
                  "en-GB": "Make the movement smaller or slower.",
                  es: "Haz el movimiento más pequeño o más lento.",
                },
              },
            ],
          }
        : { noContraindications: { reviewer: PROVENANCE.reviewer, reviewedOn: PROVENANCE.reviewedOn } }),
      redFlags: [],
      regressions: [],
      progressions: next
        ? [
            {
              exerciseId: idOf(next),
              criteria: {
                "en-GB": "When this feels easy for two sessions in a row.",
                es: "Cuando te resulte fácil dos sesiones seguidas.",
              },
            },
          ]
        : [],
      ...(options.mediaBase
        ? {
            media: {
              sources: [{ src: `${options.mediaBase}${movement.key}.mp4`, type: "video/mp4" }],
              poster: `${options.mediaBase}${movement.key}.svg`,
              captions: [{ src: `${options.mediaBase}${movement.key}.en-GB.vtt`, lang: "en-GB" as const, label: "English" }],
              transcript: { "en-GB": movement.action[0], es: movement.action[1] },
              alt: { "en-GB": `A person doing a ${lower(movement.name[0])}.`, es: `Una persona haciendo ${lower(movement.name[1])}.` },
            },
          }
        : {}),
      evidence: EVIDENCE,
      provenance: PROVENANCE,
      defaultDosage: dosageFor(movement, variation, rand),
    };
    return exercise;
  });
}

/** A library of `count` synthetic exercises and no programmes. */
export function syntheticLibrary(count: number, options: SyntheticOptions = {}): LibraryInput {
  return { exercises: syntheticExercises(count, options), programmes: [] };
}

/**
 * A 12-week programme: 3 phases of 4 weeks, 4 sessions a week, 6, 7 and 8 exercises a session
 * (12 × 4 × 6–8 = 336 exercise rows), built from `exercises`.
 */
export function syntheticProgramme(exercises: readonly ExerciseInput[]): ProgrammeInput {
  const pick = (from: number, n: number) =>
    Array.from({ length: n }, (_, i) => ({ exerciseId: (exercises[(from + i) % exercises.length] as ExerciseInput).id }));
  const phase = (id: string, title: Pair, from: number, n: number, first = false) => ({
    id,
    title: { "en-GB": title[0], es: title[1] },
    goals: [{ "en-GB": `${title[0]}: do every session.`, es: `${title[1]}: haz todas las sesiones.` }],
    ...(first ? {} : { entryCriteria: [{ text: { "en-GB": "Previous phase done.", es: "Fase anterior completada." } }] }),
    exitCriteria: [
      {
        text: { "en-GB": "Four weeks completed.", es: "Cuatro semanas completadas." },
        check: { kind: "weeks-completed" as const, weeks: 4 },
      },
    ],
    minWeeks: 4,
    sessionsPerWeek: 4,
    contents: pick(from, n),
  });
  return {
    id: "synthetic-12-week",
    language: "en-GB",
    title: { "en-GB": "Synthetic 12-week programme", es: "Programa sintético de 12 semanas" },
    condition: { "en-GB": "Test data", es: "Datos de prueba" },
    summary: { "en-GB": "Three phases of four weeks, for benchmarks.", es: "Tres fases de cuatro semanas, para mediciones." },
    goals: [{ "en-GB": "Measure rendering.", es: "Medir el renderizado." }],
    phases: [
      phase("settle", ["Settle", "Calmar"], 0, 6, true),
      phase("build", ["Build", "Construir"], 6, 7),
      phase("return", ["Return", "Volver"], 13, 8),
    ],
    painRule: {
      id: "three-band",
      name: { "en-GB": "Pain rule", es: "Regla del dolor" },
      scale: { min: 0, max: 10 },
      bands: [
        { id: "safe", min: 0, max: 3, action: "continue", label: { "en-GB": "Safe", es: "Seguro" }, message: { "en-GB": "Carry on.", es: "Continúa." } },
        { id: "ok", min: 4, max: 5, action: "modify", label: { "en-GB": "Acceptable", es: "Aceptable" }, message: { "en-GB": "Ease off.", es: "Reduce." } },
        { id: "stop", min: 6, max: 10, action: "stop", label: { "en-GB": "Stop", es: "Para" }, message: { "en-GB": "Stop.", es: "Para." } },
      ],
      settleWithin24h: { maxNextMorning: 3, action: "modify", message: { "en-GB": "Did not settle: ease off.", es: "No se calmó: reduce." } },
      weekOnWeekTrend: { action: "modify", message: { "en-GB": "Worse than last week: ease off.", es: "Peor que la semana pasada: reduce." } },
      source: { citation: "Silbernagel KG, et al. Am J Sports Med 2007;35(6):897-906." },
    },
    progressionRules: [
      {
        id: "next-phase",
        when: { "en-GB": "Exit criteria met.", es: "Criterios de salida cumplidos." },
        action: { "en-GB": "Move on.", es: "Pasa a la siguiente fase." },
        fromPhaseId: "settle",
        toPhaseId: "build",
      },
    ],
    evidence: EVIDENCE,
    provenance: PROVENANCE,
  };
}
