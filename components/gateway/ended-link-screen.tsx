import type { Translator } from "@/server/i18n/translator";
import { MessageScreen } from "./message-screen";

// What a link that no longer works says. Deliberately the same for every request: no business,
// no title, no amount, nothing that tells a stranger holding the link what it was for.

export type EndedState = "expired" | "cancelled" | "finished" | "unknown";

export const EndedLinkScreen = ({ state, t }: { state: EndedState; t: Translator }) => (
  <MessageScreen
    title={t(`gateway.ended.${state}.title`)}
    tone={state === "finished" ? "done" : state === "unknown" ? "info" : "warning"}
  >
    <p>{t(`gateway.ended.${state}.body`)}</p>
  </MessageScreen>
);
