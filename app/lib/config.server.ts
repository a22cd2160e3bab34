/** The configuration, parsed once at start from the environment: a bad value stops start-up with one readable line. */
import { isIP } from "node:net";
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATA_DIR: z.string().min(1).default("./data"),
  /**
   * The public origin (scheme://host[:port]): links in mail are built from it, and mutations and websockets must
   * come from it. Required in production; elsewhere it defaults to http://localhost:PORT.
   */
  PUBLIC_ORIGIN: z
    .string()
    .url()
    .refine((v) => /^https?:\/\//.test(v), "PUBLIC_ORIGIN must start with http:// or https://")
    .transform((v) => new URL(v).origin)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /**
   * Which proxies in front of the app to believe about the client's address (X-Forwarded-For): off by default
   * (the address is the connection's), a number of hops, or addresses/subnets ("loopback", "10.0.0.0/8", …).
   */
  TRUST_PROXY: z
    .string()
    .default("false")
    .transform((v, ctx) => {
      const value = parseTrustProxy(v);
      if (value === null) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `"${v}" is neither off, a number of proxy hops, nor a list of addresses or subnets (e.g. "loopback" or "10.0.0.0/8")`,
        });
        return z.NEVER;
      }
      return value;
    }),
  /** Largest request body the app reads (forms, JSON). */
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  SMTP_URL: z.string().optional(),
  COLLAB_MAX_MESSAGE_BYTES: z.coerce.number().int().positive().default(8 * 1024 * 1024),
  COLLAB_MAX_AWARENESS_BYTES: z.coerce.number().int().positive().default(64 * 1024),
  COLLAB_MAX_CONNECTIONS_PER_DOCUMENT: z.coerce.number().int().positive().default(500),
  /** Open connections of one user to one document (a few tabs on a few devices). */
  COLLAB_MAX_CONNECTIONS_PER_USER: z.coerce.number().int().positive().default(16),
  /** Open connections of one session (one browser) to one document (a few tabs). */
  COLLAB_MAX_CONNECTIONS_PER_SESSION: z.coerce.number().int().positive().default(8),
  COLLAB_MAX_MESSAGES_PER_SECOND: z.coerce.number().int().positive().default(200),
  SEED_DEMO: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
});

const NAMED_SUBNETS = new Set(["loopback", "linklocal", "uniquelocal"]);

/**
 * TRUST_PROXY as Express's "trust proxy" setting: false (off), a hop count, or a list of addresses, subnets and
 * the names loopback / linklocal / uniquelocal. Null when the value is none of these.
 */
export function parseTrustProxy(value: string): false | number | string[] | null {
  const trimmed = value.trim().toLowerCase();
  if (["", "false", "0", "off", "no"].includes(trimmed)) return false;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const entries = trimmed.split(",").map((e) => e.trim()).filter(Boolean);
  const valid = entries.every((entry) => {
    if (NAMED_SUBNETS.has(entry)) return true;
    const [address, bits, extra] = entry.split("/");
    if (extra !== undefined || isIP(address) === 0) return false;
    if (bits === undefined) return true;
    const max = isIP(address) === 4 ? 32 : 128;
    return /^\d+$/.test(bits) && Number(bits) <= max;
  });
  return entries.length > 0 && valid ? entries : null;
}

export type AppConfig = z.infer<typeof schema> & {
  /** Cookies get the Secure flag (production over https). */
  secureCookies: boolean;
};

export class ConfigurationError extends Error {}

export function parseConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = schema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigurationError(`Invalid configuration: ${issue.path.join(".")}: ${issue.message}`);
  }
  const config = result.data;
  const secureCookies = config.NODE_ENV === "production" && (config.PUBLIC_ORIGIN ?? "").startsWith("https://");
  return { ...config, secureCookies };
}
