import type { AppLoadContext } from "@remix-run/node";

/**
 * The absolute origin for links in mail: PUBLIC_ORIGIN, else the origin of the request URL — which the server
 * (server/remix-handler.ts) builds on the configured origin, http://localhost:<port>, never on the Host header
 * a client sent.
 */
export function linkOrigin(request: Request, context: AppLoadContext): string {
  return context.config.PUBLIC_ORIGIN ?? new URL(request.url).origin;
}
