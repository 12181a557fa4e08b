// A structural check of an OpenAPI 3.1 document, enough to catch what generation can get wrong:
// version, operations without responses, path templates without parameters, duplicate
// operationIds, unknown security schemes and $refs that resolve to nothing.

type Json = { [key: string]: unknown };

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Resolves a local JSON pointer such as `#/components/schemas/Error` (RFC 6901 escapes included). */
const resolvePointer = (document: Json, ref: string): unknown =>
  ref
    .slice(2)
    .split("/")
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>(
      (node, token) => (isObject(node) || Array.isArray(node) ? (node as Json)[token] : undefined),
      document,
    );

const collectRefs = (node: unknown, found: string[] = []): string[] => {
  if (Array.isArray(node)) for (const item of node) collectRefs(item, found);
  else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") found.push(value);
      else collectRefs(value, found);
    }
  }
  return found;
};

const resolveParameter = (document: Json, parameter: unknown): Json | undefined => {
  const resolved =
    isObject(parameter) && typeof parameter.$ref === "string" ? resolvePointer(document, parameter.$ref) : parameter;
  return isObject(resolved) ? resolved : undefined;
};

const checkOperation = (document: Json, path: string, method: string, operation: Json, problems: string[]) => {
  const where = `${method.toUpperCase()} ${path}`;
  const responses = operation.responses;
  if (!isObject(responses) || Object.keys(responses).length === 0) problems.push(`${where}: no responses`);
  for (const [status, response] of Object.entries(isObject(responses) ? responses : {})) {
    if (!/^([1-5]\d\d|[1-5]XX|default)$/.test(status))
      problems.push(`${where}: response key "${status}" is not a status code`);
    const resolved =
      isObject(response) && typeof response.$ref === "string" ? resolvePointer(document, response.$ref) : response;
    if (!isObject(resolved) || typeof resolved.description !== "string")
      problems.push(`${where} ${status}: response without a description`);
  }
  const parameters = Array.isArray(operation.parameters)
    ? operation.parameters.map((parameter) => resolveParameter(document, parameter))
    : [];
  const pathParameters = new Set(
    parameters.filter((parameter) => parameter?.in === "path").map((parameter) => parameter?.name),
  );
  for (const name of path.match(/\{([^}]+)\}/g)?.map((template) => template.slice(1, -1)) ?? []) {
    const parameter = parameters.find((candidate) => candidate?.in === "path" && candidate.name === name);
    if (parameter?.required !== true) problems.push(`${where}: path parameter "${name}" is not declared as required`);
    pathParameters.delete(name);
  }
  for (const name of pathParameters) problems.push(`${where}: path parameter "${String(name)}" is not in the path`);
  const schemes =
    isObject(document.components) && isObject(document.components.securitySchemes)
      ? document.components.securitySchemes
      : {};
  for (const requirement of (operation.security ?? document.security ?? []) as Json[]) {
    for (const scheme of Object.keys(requirement))
      if (!(scheme in schemes)) problems.push(`${where}: unknown security scheme "${scheme}"`);
  }
};

export const checkOpenApiDocument = (document: Json): string[] => {
  const problems: string[] = [];
  if (typeof document.openapi !== "string" || !/^3\.1\.\d+$/.test(document.openapi))
    problems.push(`openapi is "${String(document.openapi)}", not 3.1.x`);
  if (!isObject(document.info) || typeof document.info.title !== "string" || typeof document.info.version !== "string")
    problems.push("info needs a title and a version");
  if (!isObject(document.paths)) return [...problems, "paths is missing"];
  const operationIds = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    if (!path.startsWith("/")) problems.push(`path "${path}" does not start with /`);
    const operations = isObject(item) ? METHODS.filter((method) => isObject(item[method])) : [];
    if (operations.length === 0) problems.push(`${path}: no operations`);
    for (const method of operations) {
      const operation = (item as Json)[method] as Json;
      const id = operation.operationId;
      if (typeof id === "string" && operationIds.has(id)) problems.push(`operationId "${id}" is used twice`);
      if (typeof id === "string") operationIds.add(id);
      checkOperation(document, path, method, operation, problems);
    }
  }
  for (const ref of new Set(collectRefs(document))) {
    if (!ref.startsWith("#/")) problems.push(`$ref "${ref}" is not local`);
    else if (resolvePointer(document, ref) === undefined) problems.push(`$ref "${ref}" does not resolve`);
  }
  return problems;
};
