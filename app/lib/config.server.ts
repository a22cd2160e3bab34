/** The configuration, parsed once at start from the environment: a bad value stops start-up with one readable line. */
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
  /** The public origin (scheme://host[:port]); mutations and websockets must come from it. */
  PUBLIC_ORIGIN: z.string().url().optional(),
  SMTP_URL: z.string().optional(),
  COLLAB_MAX_MESSAGE_BYTES: z.coerce.number().int().positive().default(8 * 1024 * 1024),
  COLLAB_MAX_AWARENESS_BYTES: z.coerce.number().int().positive().default(64 * 1024),
  COLLAB_MAX_CONNECTIONS_PER_DOCUMENT: z.coerce.number().int().positive().default(500),
  COLLAB_MAX_MESSAGES_PER_SECOND: z.coerce.number().int().positive().default(200),
  SEED_DEMO: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
});

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
