/**
 * The parts of FHIR R4 (4.0.1) that Movekit writes and reads, as plain types. Only what the export uses is typed;
 * the shapes follow the specification so the resources validate against the official FHIR JSON schema.
 */

export interface Extension {
  url: string;
  extension?: Extension[];
  valueString?: string;
  _valueString?: PrimitiveElement;
  valueCode?: string;
  valueInteger?: number;
  valueDecimal?: number;
  valueBoolean?: boolean;
  valueId?: string;
}

/** The `_name` sibling of a primitive, which carries its extensions (translations here). */
export interface PrimitiveElement {
  extension?: Extension[];
}

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
  _text?: PrimitiveElement;
}

export interface Reference {
  reference?: string;
  display?: string;
  _display?: PrimitiveElement;
}

export interface Period {
  start?: string;
  end?: string;
}

export interface Quantity {
  value?: number;
  unit?: string;
  system?: string;
  code?: string;
}

export interface Annotation {
  extension?: Extension[];
  text: string;
  time?: string;
}

export interface Identifier {
  system?: string;
  value?: string;
}

export interface TimingRepeat {
  boundsPeriod?: Period;
  boundsDuration?: Quantity;
  frequency?: number;
  period?: number;
  periodUnit?: "s" | "min" | "h" | "d" | "wk" | "mo" | "a";
  dayOfWeek?: Array<"mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun">;
}

export interface Timing {
  repeat?: TimingRepeat;
}

export interface Goal {
  resourceType: "Goal";
  id: string;
  lifecycleStatus: "proposed" | "active";
  description: CodeableConcept;
  subject: Reference;
}

export interface CarePlanActivityDetail {
  extension?: Extension[];
  kind: "ServiceRequest";
  code: CodeableConcept;
  status: "not-started";
  description?: string;
  _description?: PrimitiveElement;
  scheduledTiming?: Timing;
  quantity?: Quantity;
}

export interface CarePlanActivity {
  extension?: Extension[];
  detail: CarePlanActivityDetail;
}

export interface CarePlan {
  resourceType: "CarePlan";
  id?: string;
  language?: string;
  contained?: Goal[];
  extension?: Extension[];
  identifier?: Identifier[];
  status: "draft" | "active" | "on-hold" | "revoked" | "completed" | "entered-in-error" | "unknown";
  intent: "plan";
  title?: string;
  _title?: PrimitiveElement;
  description?: string;
  _description?: PrimitiveElement;
  subject: Reference;
  period?: Period;
  created?: string;
  author?: Reference;
  contributor?: Reference[];
  addresses?: Reference[];
  goal?: Reference[];
  activity?: CarePlanActivity[];
  note?: Annotation[];
}

export interface ObservationComponent {
  code: CodeableConcept;
  valueInteger?: number;
  valueBoolean?: boolean;
  valueQuantity?: Quantity;
  valueCodeableConcept?: CodeableConcept;
  valueString?: string;
}

export interface Observation {
  resourceType: "Observation";
  id?: string;
  language?: string;
  status: "final" | "preliminary" | "amended";
  category?: CodeableConcept[];
  code: CodeableConcept;
  subject?: Reference;
  focus?: Reference[];
  effectiveDateTime?: string;
  valueInteger?: number;
  valueBoolean?: boolean;
  valueQuantity?: Quantity;
  dataAbsentReason?: CodeableConcept;
  component?: ObservationComponent[];
  note?: Annotation[];
  derivedFrom?: Reference[];
  partOf?: Reference[];
}
