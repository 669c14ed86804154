export { ReturnToRunPlan, type ReturnToRunPlanProps } from "./return-to-run-plan";
