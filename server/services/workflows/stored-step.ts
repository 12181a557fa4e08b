import "server-only";
import { z } from "zod";
import type { Tx } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import type { StepName } from "@/server/generated/prisma/enums";
import { findStep, ZStep, type Step, type StepNameValue } from "@/server/contracts/workflows/step-parameters";

// A workflow's steps as the database keeps them (Prisma's enum names, JSON parameters and data) and
// as the services speak of them: the product's names, parameters parsed with the step's own schema,
// data with the schema of what a completed step records. Names are converted here and nowhere else.

export const toStepEnum = (name: StepNameValue) => name.toUpperCase().replaceAll("-", "_") as StepName;

export const fromStepEnum = (name: StepName) => name.toLowerCase().replaceAll("_", "-") as StepNameValue;

/** What a completed step records: the text, customer, account, documents or transaction it produced. */
const ZStepData = z
  .object({
    notificationId: z.string(),
    customerId: z.string(),
    financialAccountId: z.string(),
    documentVersionIds: z.array(z.string()),
    transactionId: z.string(),
  })
  .partial();

export type StepData = z.infer<typeof ZStepData>;

export type StoredStep<N extends StepNameValue = StepNameValue> = Extract<Step, { name: N }> & {
  data: StepData | null;
};

type StepRow = { name: StepName; parameters: Prisma.JsonValue; data: Prisma.JsonValue };

/** One stored step, typed: its other selected columns kept as they are. A row its schema refuses throws. */
export const readStep = <R extends StepRow>({
  name,
  parameters,
  data,
  ...columns
}: R): Omit<R, keyof StepRow> & StoredStep => ({
  ...columns,
  ...ZStep.parse({ name: fromStepEnum(name), parameters }),
  data: data === null ? null : ZStepData.parse(data),
});

/** Parameters or data passed on as stored, in answers (they were parsed when written; a list needs no second parse). */
export const storedObject = (value: Prisma.JsonValue) =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? value : null;

/** A workflow's step of that name, read through its schema; null when the workflow has none. */
export const loadStep = async <N extends StepNameValue>(tx: Tx, workflowId: string, name: N) => {
  const row = await tx.workflowStep.findFirst({
    where: { workflowId, name: toStepEnum(name) },
    select: { name: true, parameters: true, data: true },
  });
  return row ? (findStep([readStep(row)], name) ?? null) : null;
};
