/** Joins class names, skipping the falsy ones (no dependency needed for that). */
export const cn = (...classes: Array<string | false | null | undefined>) => classes.filter(Boolean).join(" ");
