import type { AppLoadContext } from "@remix-run/node";

/** The absolute origin for links in mail: the configured public origin, else the one the request came to. */
export function linkOrigin(request: Request, context: AppLoadContext): string {
  return context.config.PUBLIC_ORIGIN ? new URL(context.config.PUBLIC_ORIGIN).origin : new URL(request.url).origin;
}
