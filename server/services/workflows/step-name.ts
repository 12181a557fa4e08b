import type { StepName } from "../../generated/prisma/enums";
import type { StepNameValue } from "./step-parameters";

// Prisma's enum keys (CUSTOMER_ACCOUNT) are stored and spoken as the product's names (customer-account).
export const toStepEnum = (name: StepNameValue) => name.toUpperCase().replaceAll("-", "_") as StepName;

export const fromStepEnum = (name: StepName) => name.toLowerCase().replaceAll("_", "-") as StepNameValue;
