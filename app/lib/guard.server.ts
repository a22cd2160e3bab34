/**
 * The one guard. Every loader, action and resource route calls `guard` (or `requireUser` where no resource is
 * involved), and the websockets ask the same `decide`, so "who may do what to which resource" is answered the
 * same way everywhere.
 *
 * THE RULE
 *  1. The policy (policy.ts `can`) allows the action on the resource → go on.
 *  2. Anonymous → a page redirects to /login?redirectTo=<this page>; /api/** answers 401 JSON `{ error }`.
 *     (The one exception: an action the public can be granted, `publication.read`, answers 404 as in 3.)
 *  3. The resource does not exist, its id is malformed, or the actor may not know it exists (policy.ts
 *     `mayKnow`: for anything inside a partnership, neither a member nor the ministry — the workspace /w/:slug
 *     itself included) → 404, so nobody outside a partnership can tell what exists in it.
 *  4. The actor may know the resource but not do this → 403.
 * Under /api/** answers are JSON `{ error }`, elsewhere text (the error page); both in the request's language.
 *
 * A route reads top to bottom — guard, then the feature's lib, then return:
 *
 *   const { document, auth } = await guard(args, "document.edit", (db) => loadDocument(db, params.documentId, params.slug));
 *
 * The loader is the feature's own (app/lib/<feature>/…server.ts) and returns `{ resource, ...data }` or null;
 * the guard hands back its data with the request's `auth`.
 */
import type { AppLoadContext } from "@remix-run/node";
import type { Db } from "../../db/client";
import type { RequestAuth } from "../load-context";
import { can, isPublicAction, mayKnow, type Action, type Actor, type PlatformResource, type PublicAction, type Resource } from "./policy";
import { getServerT } from "./request.server";

export type Refusal = 401 | 403 | 404;
export type Verdict = "allow" | Refusal;

/** THE RULE as a pure function (the websocket adapter uses it too). `resource` null: absent or malformed id. */
export function decide(actor: Actor | null, action: Action, resource: Resource | null): Verdict {
  if (resource && can(actor, action, resource)) return "allow";
  if (!actor && !isPublicAction(action)) return 401;
  if (!resource || !mayKnow(actor, resource)) return 404;
  return 403;
}

/** What a loader or action receives and the guard needs (Remix's LoaderFunctionArgs / ActionFunctionArgs). */
export interface GuardArgs {
  request: Request;
  context: AppLoadContext;
}

/** A feature's loader: the resource as the policy sees it, plus whatever the route needs; null when absent. */
export type ResourceLoader<T extends { resource: Resource }> = (db: Db) => Promise<T | null>;

export async function guard<T extends { resource: Resource }>(
  args: GuardArgs,
  action: PublicAction,
  load: ResourceLoader<T>,
): Promise<T & { auth: RequestAuth | null }>;
export async function guard<T extends { resource: Resource }>(
  args: GuardArgs,
  action: Action,
  load: ResourceLoader<T>,
): Promise<T & { auth: RequestAuth }>;
/** Loads the resource, asks the policy, and throws the rule's answer unless the action is allowed. */
export async function guard<T extends { resource: Resource }>(
  args: GuardArgs,
  action: Action,
  load: ResourceLoader<T>,
): Promise<T & { auth: RequestAuth | null }> {
  const { request, context } = args;
  // Anonymous requests never reach the database: nothing about what exists leaks to them.
  if (!context.auth && !isPublicAction(action)) throw refusal(request, 401);
  const loaded = await load(context.database.db);
  const verdict = decide(context.auth?.actor ?? null, action, loaded?.resource ?? null);
  if (verdict !== "allow" || !loaded) throw refusal(request, verdict === "allow" ? 404 : verdict);
  return { ...loaded, auth: context.auth };
}

/** For pages and routes about the signed-in user themselves (their account, notifications): rule 2 only. */
export function requireUser(args: GuardArgs): RequestAuth {
  if (!args.context.auth) throw refusal(args.request, 401);
  return args.context.auth;
}

const MESSAGES: Record<Refusal, string> = {
  401: "auth:errors.signInRequired",
  403: "errors.forbidden",
  404: "errors.notFound",
};
const STATUS_TEXT: Record<Refusal, string> = { 401: "Unauthorized", 403: "Forbidden", 404: "Not Found" };

export const isApiRequest = (request: Request) => new URL(request.url).pathname.startsWith("/api/");

/**
 * The rule's answer as a Response to throw: JSON under /api/**, a sign-in redirect (401 on a page) or text
 * otherwise. `message` replaces the generic reason (already translated), e.g. why commenting is refused.
 */
export function refusal(request: Request, status: Refusal, message?: string): Response {
  const api = isApiRequest(request);
  if (status === 401 && !api) {
    const url = new URL(request.url);
    const redirectTo = `${url.pathname}${url.search}`;
    return new Response(null, { status: 302, headers: { Location: `/login?redirectTo=${encodeURIComponent(redirectTo)}` } });
  }
  const text = message ?? getServerT(request)(MESSAGES[status]);
  if (api) return Response.json({ error: text }, { status, headers: { "Cache-Control": "no-store" } });
  return new Response(text, { status, statusText: STATUS_TEXT[status] });
}

/** The loader of platform-wide pages (the ministry's views across partnerships). */
export const loadPlatform: ResourceLoader<{ resource: PlatformResource }> = async () => ({ resource: { type: "platform" } });
