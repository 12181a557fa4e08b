// Runs in the browser before the app's own modules. zod 4 compiles object parsers with
// `new Function` unless told not to, and first probes whether eval is allowed: under our CSP
// (no 'unsafe-eval', server/http/security-headers.ts) that probe is a reported violation. Zod
// keeps its settings on globalThis, so setting them here, before any schema exists, turns the
// compiler (and the probe) off in the browser only; the server keeps the faster parsers.
const zodConfig = globalThis as typeof globalThis & { __zod_globalConfig?: { jitless?: boolean } };
zodConfig.__zod_globalConfig = Object.assign(zodConfig.__zod_globalConfig ?? {}, { jitless: true });
