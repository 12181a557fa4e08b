import type { Locale } from "@/server/i18n/locales";
import type { GatewayView } from "@/server/services/gateway/get-gateway-view";
import type { PostedForm } from "./form-state";

// What one Gateway page shows, decided on the server (server/http/gateway/serve-gateway-page.ts)
// and drawn by components/gateway/screens. Plain data: it could be sent to a browser as it is,
// so it holds nothing the customer may not see (no gate secrets, no ids).

export type ShownView = Omit<GatewayView, "expireAt">;

export type GatewayScreen =
  | { kind: "unknown" }
  | { kind: "ended"; state: "expired" | "cancelled" | "finished" }
  | { kind: "passcode"; lockedMinutes: number | null }
  | {
      kind: "sms-code";
      codeLive: boolean;
      /** Where the code goes: the phone, or the address of a request by email (`emailHint`, masked). */
      codeChannel: "sms" | "email";
      phoneLastFour: string;
      emailHint: string;
      lockedMinutes: number | null;
    }
  | { kind: "answered"; view: ShownView }
  | { kind: "decline"; view: ShownView; reason: string | null }
  | { kind: "open"; view: ShownView };

/** `posted`: the form this page answers, shown again with its problems; `path`: the link's own address. */
export type GatewayPageProps = { locale: Locale; path: string; screen: GatewayScreen; posted: PostedForm | null };
