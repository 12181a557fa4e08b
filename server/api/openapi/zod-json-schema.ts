import { z } from "zod";

// zod 4 → JSON Schema 2020-12 (the dialect of OpenAPI 3.1). Schemas with `.meta({ id })` become
// components and are referenced; everything else is inlined.

export type JsonSchema = { [key: string]: unknown };
export type SchemaComponents = Record<string, JsonSchema>;

const COMPONENTS = "#/components/schemas/";
const SAFE_INTEGER_BOUNDS = new Set([Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]);

/**
 * Drop what zod adds that would mislead a client: the date-time regex next to `format`, ±2^53
 * bounds on every integer, and `additionalProperties: false` on responses (new response fields
 * are not a breaking change; generated clients must not reject them).
 */
const tidy = ({ jsonSchema }: { jsonSchema: JsonSchema }) => {
  if (jsonSchema.format === "date-time") delete jsonSchema.pattern;
  if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
  for (const bound of ["minimum", "maximum"]) {
    if (SAFE_INTEGER_BOUNDS.has(jsonSchema[bound] as number)) delete jsonSchema[bound];
  }
};

/** Points `#/$defs/X` at `#/components/schemas/X{suffix}`. */
const relink = (node: unknown, suffix: string): unknown => {
  if (Array.isArray(node)) return node.map((item) => relink(item, suffix));
  if (!node || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) =>
      key === "$ref" && typeof value === "string" && value.startsWith("#/$defs/")
        ? [key, `${COMPONENTS}${value.slice("#/$defs/".length)}${suffix}`]
        : [key, relink(value, suffix)],
    ),
  );
};

/**
 * Converts `schema` and adds the components it names to `components`. Requests are described as
 * the input they accept, responses as the output they produce; a component used both ways gets
 * an `Input` twin, since defaults and codecs make the two differ.
 */
export const toJsonSchema = (schema: z.ZodType, io: "input" | "output", components: SchemaComponents): JsonSchema => {
  const suffix = io === "input" ? "Input" : "";
  const converted = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "throw",
    override: tidy,
  }) as JsonSchema;
  const { $schema: _dialect, $defs, ...root } = converted;
  for (const [id, definition] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) {
    const name = `${id}${suffix}`;
    const component = relink(definition, suffix) as JsonSchema;
    const known = components[name];
    if (known && JSON.stringify(known) !== JSON.stringify(component))
      throw new Error(`Two different schemas use the OpenAPI component id "${name}"`);
    components[name] = component;
  }
  return relink(root, suffix) as JsonSchema;
};
