import pino from "pino";
import { parseEnv, type Env } from "@/server/env";
import { describeError } from "@/server/logging/describe-error";
import { scrubLine, SENSITIVE_KEYS, setSecretValues } from "./scrub";
import { readableLine } from "./readable-line";
import { currentRequestId } from "./request-context";

// The process's one logger (README, "Operating LinX"): JSON lines in production, readable lines on
// the embedded default (LOG_FORMAT). Nothing in server/, inngest/ or scripts/start.ts writes to
// the console directly. Two guards keep customers' data out: keys that hold it are redacted by
// path, and every line is scrubbed by value shape (scrub.ts) right before it is written.

/**
 * Paths cut by pino before a line is written (whatever the value, an object too). Top-level keys
 * only: pino's wildcard paths cost ~25 µs a line; string values of these keys at any depth are cut
 * by the scrubber (scrub.ts, SENSITIVE_KEYS) for a fraction of that.
 */
const REDACT_PATHS = [...SENSITIVE_KEYS, "headers"];

type Sink = (line: string) => void;

const globalForLog = globalThis as unknown as {
  linxLogger?: pino.Logger;
  linxLogSink?: Sink;
  linxLogDestination?: pino.DestinationStream & { flushSync?: () => void };
};

// parseEnv, not env(): env() caches, and scripts/start.ts logs before it sets DATABASE_URL.
const configOf = (): Pick<Env, "LOG_LEVEL" | "logFormat"> & Partial<Env> => {
  try {
    return parseEnv(process.env);
  } catch {
    // An invalid environment is reported by whoever reads it first; the logger still writes.
    return { LOG_LEVEL: "info", logFormat: "readable" };
  }
};

/** The password in a postgresql:// URL, if it is one worth hiding (the embedded database's is "postgres"). */
const databasePassword = (url: string | undefined) => {
  try {
    const password = url ? decodeURIComponent(new URL(url).password) : "";
    return password.length >= 12 ? password : undefined;
  } catch {
    return undefined;
  }
};

const createLogger = () => {
  const config = configOf();
  setSecretValues([
    databasePassword(config.DATABASE_URL),
    config.AUTH_SECRET,
    config.ENCRYPTION_KEY,
    config.TWILIO_AUTH_TOKEN,
    config.METRICS_TOKEN,
    config.INNGEST_SIGNING_KEY,
    config.INNGEST_EVENT_KEY,
    config.LINX_DEMO_API_KEY,
    config.LINX_DEMO_PASSWORD,
  ]);
  const destination = (globalForLog.linxLogDestination ??= pino.destination({ dest: 1, sync: false }));
  const readable = config.logFormat === "readable";
  const stream = {
    write: (line: string) => {
      const out = readable ? readableLine(line) : line;
      (globalForLog.linxLogSink ?? ((text: string) => destination.write(text)))(out);
    },
  };
  return pino(
    {
      level: config.LOG_LEVEL,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      serializers: { err: (error: unknown) => describeError(error) },
      hooks: { streamWrite: scrubLine },
      // A line written while a request runs names it (the request log line already does).
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    stream,
  );
};

/** The process's logger; `log().child({ component })` for a part of the app. */
export const log = (): pino.Logger => (globalForLog.linxLogger ??= createLogger());

const children = new WeakMap<pino.Logger, Map<string, pino.Logger>>();

/** A logger for one part of the app, e.g. logger("jobs") (one child per part, made once). */
export const logger = (component: string): pino.Logger => {
  const root = log();
  let byComponent = children.get(root);
  if (!byComponent) children.set(root, (byComponent = new Map()));
  let child = byComponent.get(component);
  if (!child) byComponent.set(component, (child = root.child({ component })));
  return child;
};

type Destination = NonNullable<typeof globalForLog.linxLogDestination> & {
  _writing?: boolean;
  once?: (event: string, listener: () => void) => void;
};

/**
 * Writes out what is buffered, before the process exits. Lines are written asynchronously (a
 * write off the request's path); a write under way is let finish first (at most 200 ms), so the
 * last lines come out whole and in order.
 */
export const flushLogs = async () => {
  const destination = globalForLog.linxLogDestination as Destination | undefined;
  if (!destination) return;
  if (destination._writing && destination.once) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 200);
      destination.once!("write", () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
  try {
    destination.flushSync?.();
  } catch {
    // Nothing buffered, or stdout already closed.
  }
};

/** Keeps every line written from now on instead of printing it, and returns them (tests only). */
export const captureLogsForTests = ({ level }: { level?: pino.LevelWithSilent } = {}) => {
  const lines: string[] = [];
  globalForLog.linxLogSink = (line) => void lines.push(line);
  globalForLog.linxLogger = undefined;
  if (level) log().level = level;
  return {
    lines,
    text: () => lines.join(""),
    /** The lines as objects (JSON format). */
    entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    restore: () => {
      globalForLog.linxLogSink = undefined;
      globalForLog.linxLogger = undefined;
    },
  };
};
