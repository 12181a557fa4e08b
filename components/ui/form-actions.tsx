import { Button } from "./button";

type FormActionsProps = { onCancel: () => void; pending: boolean; submitLabel: string; pendingLabel: string };

/** A dialog form's footer: Cancel, and the submit button, which says what it is doing while pending. */
export const FormActions = ({ onCancel, pending, submitLabel, pendingLabel }: FormActionsProps) => (
  <div className="flex justify-end gap-2">
    <Button variant="secondary" onClick={onCancel}>
      Cancel
    </Button>
    <Button type="submit" disabled={pending}>
      {pending ? pendingLabel : submitLabel}
    </Button>
  </div>
);
