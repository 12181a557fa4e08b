import "server-only";
import { z } from "zod";

// The one place that reads process.env. Validated lazily, at
// first use, so `next build` never needs runtime secrets.

const bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  APP_URL: optional(z.url()),
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  // Hot statements are prepared once per connection (server/db/sql.ts); off for the embedded
  // database (one session shared by every connection) and for poolers without prepared statements.
  DATABASE_PREPARED_STATEMENTS: bool.default(true),
  LINX_DATA_DIR: z.string().default(".data"),
  AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters")),
  ENCRYPTION_KEY: optional(z.string().regex(/^[0-9a-f]{64}$/i, "must be 64 hex characters (32 bytes)")),
  // Unset: on for the embedded database, off with DATABASE_URL (see parseEnv).
  LINX_DEMO: optional(bool),
  // Keep texts in the local inbox (/dev/phone) instead of sending them: development only.
  LINX_DEV_INBOX: bool.default(false),
  LINX_DEMO_PASSWORD: optional(z.string().min(8, "must be at least 8 characters")),
  LINX_DEMO_API_KEY: optional(z.string().min(16, "must be at least 16 characters")),
  TWILIO_ACCOUNT_SID: optional(z.string().regex(/^AC[0-9a-zA-Z]{32}$/, "must look like AC followed by 32 characters")),
  TWILIO_AUTH_TOKEN: optional(z.string().min(16)),
  TWILIO_FROM_NUMBER: optional(z.string().regex(/^\+[1-9]\d{6,14}$/, "must be an E.164 number")),
  TWILIO_API_BASE_URL: optional(z.url()),
  // Email (staff invitations and password resets): smtp:// (STARTTLS when offered) or smtps://, credentials in the URL.
  SMTP_URL: optional(z.url().regex(/^smtps?:\/\/[^/]/, "must be an smtp:// or smtps:// URL")),
  // The From of every email, an address or "Name <address>"; required with SMTP_URL.
  MAIL_FROM: optional(
    z
      .string()
      .trim()
      .min(3)
      .max(254)
      .regex(
        /^(?:[^<>@\r\n]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/,
        "must be an email address, or Name <address>",
      ),
  ),
  INNGEST_EVENT_KEY: optional(z.string()),
  INNGEST_SIGNING_KEY: optional(z.string()),
  INNGEST_DEV: optional(z.string()),
  JOB_RUNNER_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(2000),
  WEBHOOK_ALLOW_PRIVATE_TARGETS: bool.default(false),
  // Serve /api/bench/create-workflow, the bare route scripts/bench-create-http.ts compares with. Benchmarks only.
  LINX_BENCH_ROUTES: bool.default(false),
  // How many reverse proxies in front of the app append to X-Forwarded-For (0: none, the default).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // REST requests each API key may make per minute, counted in the database (every instance shares it).
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000_000).default(1200),
  // Operating (README, "Operating LinX"). Unset LOG_FORMAT: json with DATABASE_URL, readable on the embedded default.
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_FORMAT: optional(z.enum(["json", "readable"])),
  // GET /api/metrics answers only with this bearer token (404 while unset).
  METRICS_TOKEN: optional(z.string().min(16, "must be at least 16 characters")),
  // Traces are exported over OTLP/HTTP only when this is set (the collector's base URL).
  OTEL_EXPORTER_OTLP_ENDPOINT: optional(z.url()),
  OTEL_SERVICE_NAME: z.string().min(1).default("linx"),
});

export type Env = Omit<z.infer<typeof envSchema>, "LINX_DEMO" | "MAIL_FROM"> & {
  MAIL_FROM: string;
  mailProvider: "smtp" | "local";
  /** Whether the local mail inbox (/dev/mail, /api/dev/mail) is served: no SMTP server is configured. */
  devMailInbox: boolean;
  APP_URL: string;
  logFormat: "json" | "readable";
  LINX_DEMO: boolean;
  smsProvider: "twilio" | "local";
  /** Whether the local SMS inbox (/dev/phone, /api/dev/sms) is served: the local sender is in use. */
  devInbox: boolean;
  jobRunner: "inngest" | "in-process";
};

export class EnvError extends Error {}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** INNGEST_DEV as the SDK reads it: "1"/"true" (its default local address) or the dev server's URL. */
const isLocalDevServer = (value: string) => {
  if (["1", "true"].includes(value)) return true;
  try {
    return LOOPBACK_HOSTS.has(new URL(value).hostname);
  } catch {
    return false;
  }
};

export const parseEnv = (source: Record<string, string | undefined>): Env => {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new EnvError(`Invalid environment: ${issue.path.join(".")} ${issue.message}`);
  }
  const env = result.data;
  const twilio = [env.TWILIO_ACCOUNT_SID, env.TWILIO_AUTH_TOKEN, env.TWILIO_FROM_NUMBER];
  if (twilio.some(Boolean) && !twilio.every(Boolean)) {
    throw new EnvError(
      "Invalid environment: TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM_NUMBER must be set together",
    );
  }
  // With DATABASE_URL set LinX may be serving a real business: nothing unsafe by default. The
  // embedded database (no DATABASE_URL) keeps its generated local secrets and its local inbox;
  // npm start hands both to the server it starts (scripts/start.ts).
  const production = Boolean(env.DATABASE_URL);
  if (production) {
    if (!env.AUTH_SECRET)
      throw new EnvError("Invalid environment: AUTH_SECRET is required with DATABASE_URL (openssl rand -base64 32)");
    if (!env.ENCRYPTION_KEY)
      throw new EnvError("Invalid environment: ENCRYPTION_KEY is required with DATABASE_URL (openssl rand -hex 32)");
  }
  const twilioSet = Boolean(env.TWILIO_ACCOUNT_SID);
  // The local inbox shows every business's texts, links and codes to anyone: never by default
  // on a real database, and never beside a real provider.
  if (production && !twilioSet && !env.LINX_DEV_INBOX) {
    throw new EnvError(
      "Invalid environment: set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM_NUMBER to send texts (or LINX_DEV_INBOX=1 to keep them in a local inbox, for development only)",
    );
  }
  const smtpSet = Boolean(env.SMTP_URL);
  if (smtpSet && !env.MAIL_FROM)
    throw new EnvError(
      "Invalid environment: MAIL_FROM is required with SMTP_URL (the address emails come from, like LinX <no-reply@example.com>)",
    );
  // Invitations and password resets are emailed links: on a real database they must reach people.
  if (production && !smtpSet && !env.LINX_DEV_INBOX) {
    throw new EnvError(
      "Invalid environment: set SMTP_URL and MAIL_FROM to send email (or LINX_DEV_INBOX=1 to keep it in a local inbox, for development only)",
    );
  }
  // INNGEST_DEV puts the SDK in dev mode, where /api/inngest runs whatever unsigned request it is
  // sent: only for a dev server on this machine. A self-hosted Inngest signs its calls instead.
  if (env.INNGEST_DEV && !isLocalDevServer(env.INNGEST_DEV)) {
    throw new EnvError(
      "Invalid environment: INNGEST_DEV is only for a local dev server (1 or a localhost URL); for a self-hosted Inngest set INNGEST_SIGNING_KEY and INNGEST_BASE_URL",
    );
  }
  return {
    ...env,
    APP_URL: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
    LINX_DEMO: env.LINX_DEMO ?? !production,
    logFormat: env.LOG_FORMAT ?? (production ? "json" : "readable"),
    smsProvider: twilioSet ? "twilio" : "local",
    devInbox: !twilioSet,
    MAIL_FROM: env.MAIL_FROM ?? "LinX <no-reply@localhost>",
    mailProvider: smtpSet ? "smtp" : "local",
    devMailInbox: !smtpSet,
    jobRunner: env.INNGEST_SIGNING_KEY || env.INNGEST_DEV ? "inngest" : "in-process",
  };
};

let cached: Env | undefined;

export const env = (): Env => (cached ??= parseEnv(process.env));

/** Forgets the parsed environment so a test can change process.env and read it again. Tests only. */
export const resetEnvForTests = () => {
  cached = undefined;
};

/** Secrets the server cannot run without; the launcher fills them in for the embedded defaults. */
export const requireSecret = (name: "AUTH_SECRET" | "ENCRYPTION_KEY"): string => {
  const value = env()[name];
  if (!value) throw new EnvError(`Invalid environment: ${name} is required`);
  return value;
};
