import type { TestServer } from "./test-server";

/** A same-origin form POST, as a browser without JavaScript sends it. */
export function postForm(
  server: TestServer,
  path: string,
  fields: Record<string, string | string[]>,
  cookie?: string,
): Promise<Response> {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  }
  return fetch(`${server.url}${path}`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { Origin: server.url, ...(cookie ? { Cookie: cookie } : {}) },
  });
}

export function get(server: TestServer, path: string, cookie?: string): Promise<Response> {
  return fetch(`${server.url}${path}`, { redirect: "manual", headers: cookie ? { Cookie: cookie } : {} });
}

/** The session cookie a response sets, as a Cookie header value ("" when none). */
export function sessionCookieFrom(res: Response): string {
  const header = res.headers.getSetCookie().find((c) => c.startsWith("wspolnie_session="));
  return header ? header.split(";")[0] : "";
}

export async function signIn(server: TestServer, email: string, password: string): Promise<string> {
  const res = await postForm(server, "/login", { email, password });
  if (res.status !== 302) throw new Error(`sign-in of ${email} failed: ${res.status}`);
  return sessionCookieFrom(res);
}

/** The last link to this path prefix mailed to this address (from the outbox). */
export function linkIn(body: string, prefix: string): string {
  const match = body.match(new RegExp(`https?://[^\\s]+(${prefix}/[a-z2-7]+)`));
  if (!match) throw new Error(`no ${prefix} link in: ${body}`);
  return match[1];
}
