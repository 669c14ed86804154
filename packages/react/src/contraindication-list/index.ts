export { ContraindicationList, type ContraindicationListProps } from "./contraindication-list";
