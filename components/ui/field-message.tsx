/** Help or error text under a field; give its id to the field's aria-describedby. */
export const FieldMessage = ({ id, error, help }: { id: string; error?: string; help?: string }) =>
  error ? (
    <p id={id} className="text-sm text-red-700">
      {error}
    </p>
  ) : help ? (
    <p id={id} className="text-sm text-slate-500">
      {help}
    </p>
  ) : null;
