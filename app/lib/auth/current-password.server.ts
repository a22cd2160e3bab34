import type { AppLoadContext } from "@remix-run/node";
import { audit } from "../audit.server";
import { getServerT } from "../request.server";
import { authenticate } from "./accounts.server";
import { passwordAttemptBlocked, recordPasswordAttempt } from "./rate-limit.server";

/**
 * The current-password check of the account page (changing the password), under the same limits as sign-in:
 * someone holding a stolen session must not get unlimited guesses. Null when the password is right; otherwise
 * the field error (a translation key or a translated sentence) and the status to answer with.
 */
export async function checkCurrentPassword(
  request: Request,
  context: AppLoadContext,
  user: { id: string; email: string },
  password: string,
): Promise<{ message: string; status: 400 | 429 } | null> {
  const { database, ip } = context;
  const blocked = await passwordAttemptBlocked(database, ip, user.email);
  if (blocked) {
    await audit(database.db, {
      event: "sign_in_rate_limited",
      actorUserId: user.id,
      subjectEmail: user.email,
      ip,
      details: { limit: blocked.limit, check: "current_password" },
    });
    const t = getServerT(request);
    return { message: t("auth:validation.currentRateLimited", { minutes: Math.ceil(blocked.seconds / 60) }), status: 429 };
  }
  const ok = (await authenticate(database.db, user.email, password)) !== null;
  await recordPasswordAttempt(database, ip, user.email, ok);
  return ok ? null : { message: "auth:validation.currentWrong", status: 400 };
}
