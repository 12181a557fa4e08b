import type { ComponentProps } from "react";
import type { GatewayIntent } from "@/server/contracts/gateway/form-state";

/**
 * A Gateway form: a plain POST to the page's own address (no `action`, so a decline screen's
 * query stays), which runs the service `intent` names and answers with the next screen, or the
 * same one with what was wrong. Needs no script at all.
 */
export const GatewayForm = ({
  intent,
  children,
  ...props
}: { intent: GatewayIntent } & Omit<ComponentProps<"form">, "method" | "action">) => (
  <form method="post" {...props}>
    <input type="hidden" name="intent" value={intent} />
    {children}
  </form>
);
