/**
 * A phone number read from a query string. "?to=+14155550123" typed by hand arrives as
 * " 14155550123" (a "+" in a query means a space), so a leading space before digits is the "+".
 */
export const phoneNumberFromQuery = (value: string | null | undefined) => {
  if (value == null) return undefined;
  return value.replace(/^ (?=\d)/, "+").trim();
};
