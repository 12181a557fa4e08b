import "server-only";
import type { z } from "zod";
import { isValidPhoneNumber } from "libphonenumber-js";
import { AppError, type FieldProblem } from "@/server/errors";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { ZEnhanceProfileParameters } from "@/server/contracts/workflows/step-parameters";
import { loadStep } from "@/server/services/workflows/stored-step";
import { completeStep } from "./complete-step";
import { ZEnhanceProfileInput } from "./gateway-inputs";
import { loadGatewayWorkflow } from "./load-gateway-workflow";
import { inUnitOfWork } from "@/server/work/unit-of-work";

/** enhance-profile: saves exactly the fields the business asked for, each of them required. */
export const submitEnhancedProfile = async ({
  workflowId,
  input,
  actor,
}: {
  workflowId: string;
  input: z.input<typeof ZEnhanceProfileInput>;
  actor: Actor;
}) => {
  const data = ZEnhanceProfileInput.parse(input);
  return inUnitOfWork(async (uow) => {
    const { tx } = uow;
    const workflow = await loadGatewayWorkflow(tx, workflowId);
    if (!workflow.customerId) throw new AppError("CONFLICT", "conflict.createAccountFirst");
    const step = await loadStep(tx, workflowId, "enhance-profile");
    const asked = step?.parameters ?? ZEnhanceProfileParameters.parse({});
    const problems: FieldProblem[] = [];
    if (asked.personalInfo.includes("salutation") && !data.salutation)
      problems.push({ path: "salutation", message: "validation.salutationMissing" });
    if (asked.personalInfo.includes("dateOfBirth") && !data.dateOfBirth)
      problems.push({ path: "dateOfBirth", message: "validation.dateOfBirthMissing" });
    for (const type of asked.address)
      if (!data.addresses[type]) problems.push({ path: `addresses.${type}`, message: "validation.addressMissing" });
    for (const type of asked.phoneNumber) {
      const number = data.phones[type];
      if (!number || !(number.startsWith("+") && isValidPhoneNumber(number)))
        problems.push({ path: `phones.${type}`, message: "validation.phone" });
    }
    if (problems.length) throw new AppError("UNPROCESSABLE", "validation.someMissing", problems);

    const customerId = workflow.customerId;
    await tx.customer.update({
      where: { id: customerId },
      data: {
        ...(asked.personalInfo.includes("salutation") ? { salutation: data.salutation } : {}),
        ...(asked.personalInfo.includes("dateOfBirth")
          ? { dateOfBirth: new Date(`${data.dateOfBirth}T00:00:00Z`) }
          : {}),
      },
      select: { id: true },
    });
    for (const type of asked.address) {
      const address = data.addresses[type]!;
      const fields = { ...address, line2: address.line2 ?? null, region: address.region ?? null };
      await tx.customerAddress.upsert({
        where: { customerId_type: { customerId, type } },
        create: { customerId, type, ...fields },
        update: fields,
      });
    }
    for (const type of asked.phoneNumber) {
      const phoneNumber = data.phones[type]!;
      await tx.customerPhone.upsert({
        where: { customerId_type: { customerId, type } },
        create: { customerId, type, phoneNumber },
        update: { phoneNumber },
      });
    }
    const completed = await completeStep(uow, { workflowId, stepName: "enhance-profile", data: { customerId } });
    await recordAudit(tx, {
      businessId: workflow.businessId,
      actor,
      action: "customer.profile-updated",
      targetType: "Customer",
      targetId: customerId,
      metadata: { workflowId },
    });
    return { finished: completed.finished };
  });
};
