import "server-only";
import { db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import type { WorkflowAuthentication, WorkflowStatus } from "@/server/generated/prisma/enums";
import { isAnsweredMarkValid } from "@/server/auth/gateway-answered-mark";
import { isGatewaySessionValid } from "@/server/auth/gateway-session";
import { hashLinkToken, looksLikeLinkToken } from "@/server/auth/link-token";
import { normalizeLocale, type Locale } from "@/server/i18n/locales";

/** What keys a link's session cookie: which proof the link asks for, and the passcode's hash (server-side only, never shown). */
export type LinkGate = { authentication: WorkflowAuthentication; passcodeHash: string | null };

export type GatewayAccess =
  | { kind: "unknown" }
  | { kind: "ended"; state: "expired" | "cancelled" | "finished" }
  /** Answered by this browser: it may see its own confirmation. */
  | { kind: "answered"; workflowId: string }
  | { kind: "passcode"; workflowId: string; gate: LinkGate; lockedUntil: Date | null }
  /** The customer asks for a code by text, then types it; `codeLive`: one was sent and still works. */
  | {
      kind: "sms-code";
      workflowId: string;
      gate: LinkGate;
      lockedUntil: Date | null;
      codeLive: boolean;
      /** Where the code goes: the phone (SMS requests) or the email address (EMAIL requests). */
      codeChannel: "sms" | "email";
      phoneLastFour: string;
      /** EMAIL: the address, masked ("a•••@example.com"). */
      emailHint: string;
    }
  | { kind: "open"; workflowId: string; gate: LinkGate };

/** "ana@example.com" as "a•••@example.com": enough for the customer to know which inbox to look in. */
const maskEmail = (address: string | null) => {
  if (!address) return "";
  const at = address.lastIndexOf("@");
  return `${address.slice(0, Math.min(1, at))}•••${address.slice(at)}`;
};

/** What this browser holds for a link: its session cookie (after a right passcode or code) and its answered mark. */
export type LinkProof = { session?: string | undefined; answered?: string | undefined };

export type GatewayLink = { access: GatewayAccess; locale: Locale | null };

/** The columns the access decision reads. */
export const LINK_SELECT = {
  id: true,
  businessId: true,
  status: true,
  expireAt: true,
  authentication: true,
  locale: true,
  passcodeHash: true,
  lockedUntil: true,
  codeExpiresAt: true,
  phoneNumber: true,
  channel: true,
  email: true,
  openedAt: true,
} satisfies Prisma.WorkflowSelect;

type LinkRow = Prisma.WorkflowGetPayload<{ select: typeof LINK_SELECT }>;

const ENDED: Partial<Record<WorkflowStatus, "cancelled" | "expired" | "finished">> = {
  ARCHIVED: "finished",
  EXPIRED: "expired",
  CANCELLED: "cancelled",
};

/**
 * Who may see what behind a link, from its row and this browser's proof. Never throws: a malformed,
 * unknown or ended link gets a kind, and a link past its expiry is expired even if the expiry job
 * has not run yet. An answered link reveals nothing but to the browser that answered it.
 */
export const decideAccess = (row: LinkRow | null, proof: LinkProof, now = Date.now()): GatewayAccess => {
  if (!row) return { kind: "unknown" };
  if (row.status === "COMPLETED" || row.status === "DECLINED") {
    return isAnsweredMarkValid(proof.answered, row.id)
      ? { kind: "answered", workflowId: row.id }
      : { kind: "ended", state: "finished" };
  }
  const ended = ENDED[row.status];
  if (ended) return { kind: "ended", state: ended };
  if (row.expireAt.getTime() <= now) return { kind: "ended", state: "expired" };
  const gate = { authentication: row.authentication, passcodeHash: row.passcodeHash };
  if (row.authentication === "NONE" || isGatewaySessionValid(proof.session, row.id, gate, now))
    return { kind: "open", workflowId: row.id, gate };
  const lockedUntil = row.lockedUntil && row.lockedUntil.getTime() > now ? row.lockedUntil : null;
  if (row.authentication === "PASSCODE") return { kind: "passcode", workflowId: row.id, gate, lockedUntil };
  const codeLive = Boolean(row.codeExpiresAt && row.codeExpiresAt.getTime() > now);
  return {
    kind: "sms-code",
    workflowId: row.id,
    gate,
    lockedUntil,
    codeLive,
    codeChannel: row.channel === "EMAIL" ? "email" : "sms",
    phoneLastFour: (row.phoneNumber ?? "").slice(-4),
    emailHint: maskEmail(row.email),
  };
};

/**
 * What this browser may do behind a link, and the request's language (even a page saying the link
 * ended speaks it): one read of the link's row. The Gateway's actions start here.
 */
export const readGatewayLink = async ({ token, proof }: { token: string; proof: LinkProof }): Promise<GatewayLink> => {
  const row = looksLikeLinkToken(token)
    ? await db().workflow.findUnique({ where: { tokenHash: hashLinkToken(token) }, select: LINK_SELECT })
    : null;
  return { access: decideAccess(row, proof), locale: normalizeLocale(row?.locale) };
};
