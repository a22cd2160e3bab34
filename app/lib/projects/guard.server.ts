/**
 * The guard's rule for the project package's routes, until the one guard (app/lib/guard.server.ts, issue #10)
 * is on main; then routes call that `guard` with the same loaders and this file goes.
 *   anonymous → sign-in redirect (pages) or 401 JSON (/api/**);
 *   absent or malformed id, or not allowed to read the package → 404;
 *   may read but not do this → 403.
 */
import type { AppLoadContext } from "@remix-run/node";
import type { Db } from "../../../db/client";
import { can, type Action, type Resource } from "../policy";
import { getServerT } from "../request.server";

interface Args {
  request: Request;
  context: AppLoadContext;
}

export async function guard<T extends { resource: Resource }>(args: Args, action: Action, load: (db: Db) => Promise<T | null>) {
  const { request, context } = args;
  if (!context.auth) throw refusal(request, 401);
  const loaded = await load(context.database.db);
  const actor = context.auth.actor;
  if (!loaded) throw refusal(request, 404);
  const readAction: Action = loaded.resource.type === "project" ? "project.read" : "partnership.view_workspace";
  if (!can(actor, readAction, loaded.resource)) throw refusal(request, 404);
  if (!can(actor, action, loaded.resource)) throw refusal(request, 403);
  return { ...loaded, auth: context.auth };
}

export function refusal(request: Request, status: 401 | 403 | 404): Response {
  const url = new URL(request.url);
  const api = url.pathname.startsWith("/api/");
  if (status === 401 && !api) {
    return new Response(null, { status: 302, headers: { Location: `/login?redirectTo=${encodeURIComponent(`${url.pathname}${url.search}`)}` } });
  }
  const t = getServerT(request);
  const text = t(status === 404 ? "errors.notFound" : status === 401 ? "auth:errors.signInRequired" : "errors.forbidden");
  if (api) return Response.json({ error: text }, { status, headers: { "Cache-Control": "no-store" } });
  return new Response(text, { status, statusText: status === 404 ? "Not Found" : status === 401 ? "Unauthorized" : "Forbidden" });
}
