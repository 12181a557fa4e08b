// PostgreSQL text cannot hold U+0000, and a lone UTF-16 surrogate is not a character at all (it
// becomes U+FFFD or an encoding error on the way to the database). Both reached the database from
// request bodies and answered 500, so every edge refuses them up front, naming the field, before
// any schema or service sees the input. Input nested deeper than any API shape is refused too,
// which also keeps this walk (and zod's) far from the stack limit.

export const MAX_INPUT_DEPTH = 32;

export type UnsafeText = { field: string; message: string };

const NUL = "\u0000";
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const problemIn = (text: string) => {
  if (text.includes(NUL)) return "must not contain NUL (\\u0000) characters";
  if (LONE_SURROGATE.test(text)) return "must be valid Unicode text (it has a lone surrogate)";
  return undefined;
};

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/**
 * The first string (value or object key) in `value` that PostgreSQL could not store, or a nesting
 * deeper than MAX_INPUT_DEPTH; undefined when all is well. Iterative, so no input can overflow it.
 */
export const findUnsafeText = (value: unknown): UnsafeText | undefined => {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: "", depth: 0 }];
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === "string") {
      const message = problemIn(current);
      if (message) return { field: path || "(root)", message };
      continue;
    }
    if (typeof current !== "object" || current === null) continue;
    if (depth >= MAX_INPUT_DEPTH)
      return { field: path || "(root)", message: `is nested more than ${MAX_INPUT_DEPTH} levels deep` };
    const entries: Array<[string | number, unknown]> = Array.isArray(current)
      ? current.map((item, index) => [index, item])
      : Object.entries(current);
    for (const [key, item] of entries) {
      if (typeof key === "string") {
        const message = problemIn(key);
        if (message) return { field: join(path, key.replaceAll(NUL, "\\u0000")), message: `has a key that ${message}` };
      }
      stack.push({ value: item, path: join(path, key), depth: depth + 1 });
    }
  }
  return undefined;
};
