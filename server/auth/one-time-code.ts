import "server-only";
import { createHmac, randomInt } from "node:crypto";
import { requireSecret } from "@/server/env";

// Six-digit codes the customer types: a passcode given by the business, or a code LinX texts.

export const newSixDigitCode = () => String(randomInt(0, 1_000_000)).padStart(6, "0");

export const isSixDigits = (value: string) => /^\d{6}$/.test(value);

/** A texted code is kept only as HMAC(ENCRYPTION_KEY, workflow, code): short-lived, single use. */
export const hashTextedCode = (workflowId: string, code: string) =>
  createHmac("sha256", Buffer.from(requireSecret("ENCRYPTION_KEY"), "hex"))
    .update(`linx-code:${workflowId}:${code}`)
    .digest("hex");
