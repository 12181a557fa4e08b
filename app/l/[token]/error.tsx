"use client";

import { BUTTON_CLASSES } from "@/components/gateway/gateway-classes";
import { MessageScreen } from "@/components/gateway/message-screen";

/** Something broke on our side. Says nothing about the request; trying again often works. */
const GatewayError = ({ retry }: { error: unknown; retry: () => void }) => (
  <MessageScreen title="Something went wrong" tone="warning">
    <p>We could not load this page. Please try again in a moment.</p>
    <button type="button" onClick={() => retry()} className={`${BUTTON_CLASSES.primary} mt-4`}>
      Try again
    </button>
  </MessageScreen>
);

export default GatewayError;
