"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { BUTTON_CLASSES } from "./gateway-classes";

/** Disabled while its form is being sent, so a second tap cannot submit twice. */
export const SubmitButton = ({
  children,
  wait,
  variant = "primary",
}: {
  children: ReactNode;
  wait: string;
  variant?: keyof typeof BUTTON_CLASSES;
}) => {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className={BUTTON_CLASSES[variant]}>
      {pending ? wait : children}
    </button>
  );
};
