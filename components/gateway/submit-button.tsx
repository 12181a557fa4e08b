import type { ReactNode } from "react";
import { BUTTON_CLASSES } from "./gateway-classes";

/**
 * A form's submit button. `wait` is what it says once tapped: the page's one small script
 * (gateway-script.ts) shows it and keeps a second tap from sending the form twice.
 */
export const SubmitButton = ({
  children,
  wait,
  variant = "primary",
}: {
  children: ReactNode;
  wait: string;
  variant?: keyof typeof BUTTON_CLASSES;
}) => (
  <button type="submit" data-wait={wait} className={BUTTON_CLASSES[variant]}>
    {children}
  </button>
);
