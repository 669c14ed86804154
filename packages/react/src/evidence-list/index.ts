export { EvidenceList, type EvidenceListProps } from "./evidence-list";
