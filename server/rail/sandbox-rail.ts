import type { Rail, RailStep, RailTransaction } from "./rail";

/**
 * The sandbox rail: NEW → PENDING → PROCESSING → SETTLED (SEND) or CLEARED (REQUEST), a step
 * every SANDBOX_STEP_MS, so every status path can be shown and tested. Magic amounts:
 *   13.13 → DECLINED while PENDING (insufficient funds)
 *   66.66 → ERROR while PROCESSING (the rail failed)
 *   99.99 → REVERSED after it settles or clears (a return)
 */
const SANDBOX_STEP_MS = 1500;

const SANDBOX_MAGIC_AMOUNTS = { DECLINED: "13.13", ERROR: "66.66", REVERSED: "99.99" } as const;

const step = (status: RailStep["status"], reason?: string): RailStep => ({ status, reason, afterMs: SANDBOX_STEP_MS });

const nextStep = ({ status, amount, transactionType }: RailTransaction): RailStep | null => {
  const magic = Number(amount).toFixed(2);
  switch (status) {
    case "NEW":
      return step("PENDING");
    case "PENDING":
      return magic === SANDBOX_MAGIC_AMOUNTS.DECLINED
        ? step("DECLINED", "Insufficient funds (sandbox amount 13.13)")
        : step("PROCESSING");
    case "PROCESSING":
      if (magic === SANDBOX_MAGIC_AMOUNTS.ERROR) return step("ERROR", "The rail failed (sandbox amount 66.66)");
      return step(transactionType === "SEND" ? "SETTLED" : "CLEARED");
    case "SETTLED":
    case "CLEARED":
      return magic === SANDBOX_MAGIC_AMOUNTS.REVERSED
        ? step("REVERSED", "Returned by the bank (sandbox amount 99.99)")
        : null;
    default:
      return null;
  }
};

export const sandboxRail: Rail = { name: "sandbox", nextStep };
