import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/**
 * Sign-in limits, in memory per running app (one set per database handle, so parallel test servers in one
 * process do not share counters). Only failed attempts count: per IP many (a municipal office signs in from
 * one address), per e-mail few. A success clears the e-mail's count.
 */
export const LOGIN_LIMITS = {
  perIp: { points: 30, duration: 15 * 60 },
  perEmail: { points: 5, duration: 15 * 60 },
  /** Reset and invitation mails per IP. */
  mailPerIp: { points: 10, duration: 60 * 60 },
} as const;

interface Limiters {
  ip: RateLimiterMemory;
  email: RateLimiterMemory;
  mail: RateLimiterMemory;
}

const byApp = new WeakMap<object, Limiters>();

function limitersFor(app: object): Limiters {
  let limiters = byApp.get(app);
  if (!limiters) {
    limiters = {
      ip: new RateLimiterMemory({ keyPrefix: "login_ip", ...LOGIN_LIMITS.perIp }),
      email: new RateLimiterMemory({ keyPrefix: "login_email", ...LOGIN_LIMITS.perEmail }),
      mail: new RateLimiterMemory({ keyPrefix: "mail_ip", ...LOGIN_LIMITS.mailPerIp }),
    };
    byApp.set(app, limiters);
  }
  return limiters;
}

/** Seconds until another attempt is allowed, or 0 when it is allowed now. */
export async function loginBlockedFor(app: object, ip: string, email: string): Promise<number> {
  const { ip: ipLimiter, email: emailLimiter } = limitersFor(app);
  const [byIp, byEmail] = await Promise.all([ipLimiter.get(ip), emailLimiter.get(email)]);
  let wait = 0;
  if (byIp && byIp.consumedPoints >= LOGIN_LIMITS.perIp.points) wait = Math.max(wait, byIp.msBeforeNext);
  if (byEmail && byEmail.consumedPoints >= LOGIN_LIMITS.perEmail.points) wait = Math.max(wait, byEmail.msBeforeNext);
  return Math.ceil(wait / 1000);
}

async function consume(limiter: RateLimiterMemory, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
  }
}

/** Counts a failed attempt against the IP and the e-mail; a success clears the e-mail's count. */
export async function recordLoginAttempt(app: object, ip: string, email: string, ok: boolean): Promise<void> {
  const limiters = limitersFor(app);
  if (ok) {
    await limiters.email.delete(email);
    return;
  }
  await consume(limiters.ip, ip);
  await consume(limiters.email, email);
}

/** False when this IP has asked for too many mails (reset links) lately. */
export async function allowMail(app: object, ip: string): Promise<boolean> {
  try {
    await limitersFor(app).mail.consume(ip);
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}
