import type { IncomingMessage } from "node:http";
import type { RequestHandler } from "express";
import type { AppConfig } from "../app/lib/config.server";

/** The origin this request was addressed to, or the configured public origin. */
export function expectedOrigin(req: IncomingMessage, config: AppConfig): string {
  if (config.PUBLIC_ORIGIN) return new URL(config.PUBLIC_ORIGIN).origin;
  const forwardedProto = (req.headers["x-forwarded-proto"] as string | undefined)?.split(",")[0]?.trim();
  const proto = forwardedProto || ((req.socket as { encrypted?: boolean }).encrypted ? "https" : "http");
  return `${proto}://${req.headers.host ?? ""}`;
}

export function isSameOrigin(origin: string, req: IncomingMessage, config: AppConfig): boolean {
  return origin === expectedOrigin(req, config);
}

export function securityHeaders(config: AppConfig): RequestHandler {
  const dev = config.NODE_ENV === "development";
  const csp = [
    "default-src 'self'",
    // Remix inlines its hydration data; Vite dev needs eval for HMR.
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self' ws: wss:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return (_req, res, next) => {
    res.setHeader("Content-Security-Policy", csp);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    next();
  };
}
