/**
 * Express → Remix, in place of @remix-run/express's adapter, for three reasons:
 * - the request URL is built on the configured public origin, never on the Host / X-Forwarded-Host headers a
 *   client can forge (links in mail come from `request.url`'s origin), and a Host that is not a host is no error;
 * - the body has already been read by `express.raw` with a size limit (413), so nothing streams without end;
 * - a page mutation whose body is not a form is refused before an action calls `request.formData()` on it
 *   (415, or 400 for a broken multipart form) — actions would otherwise throw and answer 500.
 */
import type { AppLoadContext, ServerBuild } from "@remix-run/node";
import { createRequestHandler, writeReadableStreamToWritable } from "@remix-run/node";
import type express from "express";

/** A refusal with an HTTP status and a plain-text reason (Polish / English), answered by the error handler. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface RemixHandlerOptions {
  build: ServerBuild | (() => Promise<ServerBuild>);
  mode: string;
  /** The configured public origin (scheme://host[:port]) request URLs are resolved against. */
  origin(): string;
  getLoadContext(req: express.Request, res: express.Response): AppLoadContext;
}

const FORM = "application/x-www-form-urlencoded";
const MULTIPART = "multipart/form-data";

export const BAD_REQUEST = "Nieprawidłowe żądanie. / Bad request.";
const METHOD_NOT_ALLOWED = "Niedozwolona metoda. / Method not allowed.";

export function remixHandler(options: RemixHandlerOptions): express.RequestHandler {
  const handle = createRequestHandler(options.build, options.mode);
  return async (req, res, next) => {
    try {
      const request = await toFetchRequest(req, res, options.origin());
      const response = await handle(request, options.getLoadContext(req, res));
      await sendResponse(res, response);
    } catch (error) {
      next(error);
    }
  };
}

/** What pages and resource routes answer to; anything else (OPTIONS, TRACE, WebDAV …) is a 405 here. */
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]);

async function toFetchRequest(req: express.Request, res: express.Response, origin: string): Promise<Request> {
  if (!METHODS.has(req.method)) {
    res.setHeader("Allow", [...METHODS].join(", "));
    throw new HttpError(405, METHOD_NOT_ALLOWED);
  }
  const target = req.originalUrl;
  // Origin-form only ("/path?query"): absolute-form ("http://other/…") and "*" are for proxies.
  if (!target.startsWith("/")) throw new HttpError(400, BAD_REQUEST);
  let url: URL;
  let headers: Headers;
  try {
    url = new URL(`${origin}${target}`);
    headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) headers.append(key, v);
    }
  } catch {
    throw new HttpError(400, BAD_REQUEST);
  }
  if (url.origin !== origin) throw new HttpError(400, BAD_REQUEST);
  // Remix refuses an action whose Origin does not match Host / X-Forwarded-Host — with a 500, and wrongly behind
  // a proxy that rewrites Host. The Origin has already been checked against the configured origins
  // (server/app.ts), which is the stricter test, so Remix is given a Host consistent with it.
  headers.delete("x-forwarded-host");
  const originHost = hostOf(headers.get("origin"));
  // An Origin that is no URL only reaches here on GET/HEAD/OPTIONS, where it means nothing: drop it.
  if (originHost === null) headers.delete("origin");
  headers.set("host", originHost ?? url.host);

  const controller = new AbortController();
  let finished = false;
  res.on("finish", () => (finished = true));
  res.on("close", () => {
    if (!finished) controller.abort();
  });
  const init: RequestInit & { duplex?: "half" } = { method: req.method, headers, signal: controller.signal };
  if (req.method !== "GET" && req.method !== "HEAD") {
    const body = new Uint8Array(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));
    if (!url.pathname.startsWith("/api/")) await checkFormBody(url, headers, body);
    init.body = body;
  }
  try {
    return new Request(url, init);
  } catch {
    // Methods fetch refuses outright (TRACE, TRACK, CONNECT).
    throw new HttpError(405, METHOD_NOT_ALLOWED);
  }
}

function hostOf(origin: string | null): string | null {
  if (!origin) return null;
  try {
    return new URL(origin).host || null;
  } catch {
    return null;
  }
}

/** Pages take forms only (what a browser sends); JSON and other bodies belong to /api/ routes. */
async function checkFormBody(url: URL, headers: Headers, body: Uint8Array<ArrayBuffer>): Promise<void> {
  const type = headers.get("content-type") ?? "";
  const mime = type.split(";")[0].trim().toLowerCase();
  if (mime === "" && body.byteLength === 0) {
    // No body at all is an empty form.
    headers.set("content-type", FORM);
    return;
  }
  if (mime === FORM) return;
  if (mime === MULTIPART) {
    try {
      await new Request(url, { method: "POST", headers: { "content-type": type }, body }).formData();
    } catch {
      throw new HttpError(400, "Formularz jest uszkodzony. / The form data is malformed.");
    }
    return;
  }
  throw new HttpError(
    415,
    "Wyślij formularz (application/x-www-form-urlencoded lub multipart/form-data). / Send a form (application/x-www-form-urlencoded or multipart/form-data).",
  );
}

async function sendResponse(res: express.Response, response: Response): Promise<void> {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) res.append(key, value);
  if (/text\/event-stream/i.test(response.headers.get("Content-Type") ?? "")) res.flushHeaders();
  if (response.body) {
    await writeReadableStreamToWritable(response.body, res);
  } else {
    res.end();
  }
}
