"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { BUTTON_CLASSES } from "./gateway-classes";

/** Disabled while its form is being sent, so a second tap cannot submit twice. */
export const SubmitButton = ({ children, variant = "primary" }: { children: ReactNode; variant?: keyof typeof BUTTON_CLASSES }) => {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className={BUTTON_CLASSES[variant]}>
      {pending ? "Please wait…" : children}
    </button>
  );
};
