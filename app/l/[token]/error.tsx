"use client";

import { useSyncExternalStore } from "react";
import { BUTTON_CLASSES } from "@/components/gateway/gateway-classes";
import { MessageScreen } from "@/components/gateway/message-screen";
import { ERROR_WORDS } from "@/components/gateway/error-words";

const noSubscription = () => () => {};
/** The page's language, as the server wrote it on <html lang> (English while rendering on the server). */
const usePageLanguage = () =>
  useSyncExternalStore(
    noSubscription,
    () => (document.documentElement.lang === "es" ? "es" : "en"),
    () => "en" as const,
  );

/** Something broke on our side. Says nothing about the request; trying again often works. */
const GatewayError = ({ retry }: { error: unknown; retry: () => void }) => {
  const words = ERROR_WORDS[usePageLanguage()];
  return (
    <MessageScreen title={words.title} tone="warning">
      <p>{words.body}</p>
      <button type="button" onClick={() => retry()} className={`${BUTTON_CLASSES.primary} mt-4`}>
        {words.retry}
      </button>
    </MessageScreen>
  );
};

export default GatewayError;
