import type { ComponentProps } from "react";
import { FieldMessage } from "@/components/ui/field-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type Props = Omit<ComponentProps<"input">, "id" | "name"> & {
  name: string;
  label: string;
  help?: string;
  error?: string;
};

/** A labelled input of an account form, its help or error announced with it. */
export const AccountField = ({ name, label, help, error, ...input }: Props) => {
  const messageId = `account-${name}-message`;
  return (
    <div className="space-y-1.5">
      <Label htmlFor={`account-${name}`}>{label}</Label>
      <Input
        id={`account-${name}`}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || help ? messageId : undefined}
        {...input}
      />
      <FieldMessage id={messageId} error={error} help={help} />
    </div>
  );
};
