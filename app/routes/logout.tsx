import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { blankSessionCookie, invalidateSession } from "~/lib/auth/session.server";
import { audit } from "~/lib/audit.server";

/** Ends this session (and closes its open documents at once). */
export async function action({ context }: ActionFunctionArgs) {
  const headers = { "Set-Cookie": blankSessionCookie(context.config.secureCookies) };
  if (!context.auth) return redirect("/", { headers });
  const { session, user } = context.auth;
  await invalidateSession(context.database.db, session.id);
  context.collab.closeSessions([session.id]);
  await audit(context.database.db, { event: "sign_out", actorUserId: user.id, subjectEmail: user.email, ip: context.ip });
  return redirect("/login?out=1", { headers });
}

export function loader() {
  return redirect("/");
}
