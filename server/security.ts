import type { RequestHandler } from "express";
import type { AppConfig } from "../app/lib/config.server";

/**
 * The origin the app is reached at, as configured: PUBLIC_ORIGIN, else http://localhost:<port> (the port this
 * server listens on). Links in mail are built from it and request URLs are resolved against it; the request's
 * own Host header never counts, since any client can write anything there.
 */
export function publicOrigin(config: AppConfig, port: number = config.PORT): string {
  return config.PUBLIC_ORIGIN ?? `http://localhost:${port}`;
}

/**
 * Origins a browser may send mutations and websockets from: the public origin; without PUBLIC_ORIGIN also the
 * other loopback names of the same port (a developer opens http://127.0.0.1:3000 as often as localhost).
 */
export function allowedOrigins(config: AppConfig, port: number = config.PORT): string[] {
  if (config.PUBLIC_ORIGIN) return [config.PUBLIC_ORIGIN];
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://[::1]:${port}`];
}

export function isSameOrigin(origin: string, config: AppConfig, port: number = config.PORT): boolean {
  return allowedOrigins(config, port).includes(origin);
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
