import "server-only";
import type { z } from "zod";
import { AppError } from "@/server/errors";
import { encrypt } from "@/server/auth/encryption";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { emitFinancialAccountCreated } from "@/server/services/webhooks/domain-events";
import {
  isUnexpiredCard,
  isValidRoutingNumber,
  passesLuhn,
} from "@/server/services/financial-accounts/account-number-rules";
import { loadStep } from "@/server/services/workflows/stored-step";
import { completeStep } from "./complete-step";
import { ZBankAccountInput, ZCardInput } from "./gateway-inputs";
import { loadGatewayWorkflow } from "./load-gateway-workflow";
import { inUnitOfWork } from "@/server/work/unit-of-work";

type Input = z.input<typeof ZBankAccountInput> | z.input<typeof ZCardInput>;

const parse = (input: Input) => {
  if (input.kind === "card") {
    const card = ZCardInput.parse(input);
    if (!passesLuhn(card.cardNumber))
      throw new AppError("UNPROCESSABLE", "validation.checkCardNumber", [
        { path: "cardNumber", message: "validation.cardNumberInvalid" },
      ]);
    if (!isUnexpiredCard(card.expiry))
      throw new AppError("UNPROCESSABLE", "validation.cardHasExpired", [
        { path: "expiry", message: "validation.cardExpired" },
      ]);
    return {
      type: "CARD" as const,
      holderName: card.holderName,
      number: card.cardNumber,
      routingNumber: null,
      cardExpiry: card.expiry,
    };
  }
  const bank = ZBankAccountInput.parse(input);
  if (!isValidRoutingNumber(bank.routingNumber))
    throw new AppError("UNPROCESSABLE", "validation.checkRouting", [
      { path: "routingNumber", message: "validation.routingInvalid" },
    ]);
  return {
    type: "BANK_ACCOUNT" as const,
    holderName: bank.holderName,
    number: bank.accountNumber,
    routingNumber: bank.routingNumber,
    cardExpiry: null,
  };
};

/** financial-account: the number is stored only encrypted, with its last four in clear. */
export const addFinancialAccount = async ({
  workflowId,
  input,
  actor,
}: {
  workflowId: string;
  input: Input;
  actor: Actor;
}) => {
  const account = parse(input);
  return inUnitOfWork(async (uow) => {
    const { tx } = uow;
    const workflow = await loadGatewayWorkflow(tx, workflowId);
    if (!workflow.customerId) throw new AppError("CONFLICT", "conflict.createAccountFirst");
    const step = await loadStep(tx, workflowId, "financial-account");
    const subType = step?.parameters.financialAccountSubType ?? "CHECKING";
    const wantsCard = subType === "CREDIT" || subType === "DEBIT";
    if (wantsCard !== (account.type === "CARD")) {
      throw new AppError("UNPROCESSABLE", wantsCard ? "validation.addCard" : "validation.addBank", [
        { path: "kind", message: wantsCard ? "validation.needsCard" : "validation.needsBank" },
      ]);
    }
    const created = await tx.financialAccount.create({
      data: {
        businessId: workflow.businessId,
        customerId: workflow.customerId,
        type: account.type,
        subType,
        holderName: account.holderName,
        routingNumber: account.routingNumber,
        lastFour: account.number.slice(-4),
        encryptedNumber: encrypt(account.number),
        cardExpiry: account.cardExpiry,
      },
      select: { id: true, type: true, subType: true, lastFour: true },
    });
    await emitFinancialAccountCreated(uow, { financialAccountId: created.id, workflowId });
    const completed = await completeStep(uow, {
      workflowId,
      stepName: "financial-account",
      data: { financialAccountId: created.id },
    });
    await recordAudit(tx, {
      businessId: workflow.businessId,
      actor,
      action: "financial-account.created",
      targetType: "FinancialAccount",
      targetId: created.id,
      metadata: { workflowId, type: created.type, lastFour: created.lastFour },
    });
    return { financialAccount: created, finished: completed.finished };
  });
};
