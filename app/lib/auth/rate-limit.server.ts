import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/**
 * Limits on guessing a password (sign-in and the current-password check on /konto count together: they guess
 * the same secret), in memory per running app (one set per database handle, so parallel test servers in one
 * process do not share counters). Only failures count. None of them hands an attacker a lockout of the real
 * user: the tight limit is per account *and* address, the per-address one is generous (a municipal office signs
 * in from one address), and the per-account one is slow and never applies to an address the account has
 * signed in from before.
 */
export const PASSWORD_LIMITS = {
  /** Failed attempts on one account from one address. A success clears it. */
  perAccountAndAddress: { points: 5, duration: 15 * 60 },
  /** Failed attempts from one address, on any accounts. */
  perAddress: { points: 30, duration: 15 * 60 },
  /** Failed attempts on one account from all addresses together; addresses it signed in from are exempt. */
  perAccount: { points: 20, duration: 60 * 60 },
  /**
   * How long a successful sign-in keeps its address exempt from the per-account limit. (The in-memory store
   * expires keys with a timer: anything over ~24 days would overflow it and expire at once.)
   */
  knownAddressSeconds: 14 * 24 * 60 * 60,
} as const;

/** Reset and invitation mails per address. */
export const MAIL_LIMITS = { perAddress: { points: 10, duration: 60 * 60 } } as const;

export type PasswordLimit = "accountAndAddress" | "address" | "account";

interface Limiters {
  pair: RateLimiterMemory;
  address: RateLimiterMemory;
  account: RateLimiterMemory;
  known: RateLimiterMemory;
  mail: RateLimiterMemory;
}

const byApp = new WeakMap<object, Limiters>();

function limitersFor(app: object): Limiters {
  let limiters = byApp.get(app);
  if (!limiters) {
    limiters = {
      pair: new RateLimiterMemory({ keyPrefix: "password_pair", ...PASSWORD_LIMITS.perAccountAndAddress }),
      address: new RateLimiterMemory({ keyPrefix: "password_address", ...PASSWORD_LIMITS.perAddress }),
      account: new RateLimiterMemory({ keyPrefix: "password_account", ...PASSWORD_LIMITS.perAccount }),
      known: new RateLimiterMemory({ keyPrefix: "known_address", points: 1, duration: PASSWORD_LIMITS.knownAddressSeconds }),
      mail: new RateLimiterMemory({ keyPrefix: "mail_address", ...MAIL_LIMITS.perAddress }),
    };
    byApp.set(app, limiters);
  }
  return limiters;
}

const accountKey = (email: string) => email.trim().toLowerCase();
const pairKey = (email: string, ip: string) => `${accountKey(email)}|${ip}`;

/** Which limit holds this attempt back and for how many seconds; null when it may go ahead. */
export async function passwordAttemptBlocked(
  app: object,
  ip: string,
  email: string,
): Promise<{ seconds: number; limit: PasswordLimit } | null> {
  const l = limitersFor(app);
  const [pair, address, account, known] = await Promise.all([
    l.pair.get(pairKey(email, ip)),
    l.address.get(ip),
    l.account.get(accountKey(email)),
    l.known.get(pairKey(email, ip)),
  ]);
  const over: [RateLimiterRes | null, number, PasswordLimit][] = [
    [pair, PASSWORD_LIMITS.perAccountAndAddress.points, "accountAndAddress"],
    [address, PASSWORD_LIMITS.perAddress.points, "address"],
    [known ? null : account, PASSWORD_LIMITS.perAccount.points, "account"],
  ];
  let blocked: { seconds: number; limit: PasswordLimit } | null = null;
  for (const [res, points, limit] of over) {
    if (!res || res.consumedPoints < points) continue;
    const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
    if (!blocked || seconds > blocked.seconds) blocked = { seconds, limit };
  }
  return blocked;
}

async function consume(limiter: RateLimiterMemory, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
  }
}

/**
 * Counts a failed attempt against the pair, the address and the account. A success clears the pair's count and
 * remembers the address for the account (the per-account count stays: the real user signing in must not wipe
 * the trace of a distributed attack).
 */
export async function recordPasswordAttempt(app: object, ip: string, email: string, ok: boolean): Promise<void> {
  const l = limitersFor(app);
  if (ok) {
    await l.pair.delete(pairKey(email, ip));
    await l.known.set(pairKey(email, ip), 1, PASSWORD_LIMITS.knownAddressSeconds);
    return;
  }
  await Promise.all([consume(l.pair, pairKey(email, ip)), consume(l.address, ip), consume(l.account, accountKey(email))]);
}

/** False when this address has asked for too many mails (reset links) lately. */
export async function allowMail(app: object, ip: string): Promise<boolean> {
  try {
    await limitersFor(app).mail.consume(ip);
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}
