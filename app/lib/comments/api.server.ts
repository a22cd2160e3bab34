/**
 * Glue between the comment resource routes and the comments module: the document guard, request parsing,
 * translated refusals and the real-time nudge to everyone viewing the document.
 */
import type { AppLoadContext } from "@remix-run/node";
import type { z } from "zod";
import type { CollabEvent } from "../collab-protocol";
import { getServerT } from "../request.server";
import { CommentError, getCommentDocument, assertCan, type Changed, type CommentDocument } from "./comments.server";
import { firstIssue } from "./validation";

export function apiError(request: Request, key: string, status: number): Response {
  const t = getServerT(request);
  return Response.json({ error: t(`comments:${key}`) }, { status });
}

/** The signed-in actor and the document, or a thrown JSON 401/404/403. */
export async function requireCommentDocument(request: Request, context: AppLoadContext, documentId: string | undefined) {
  if (!context.auth) throw apiError(request, "errors.signIn", 401);
  const doc = documentId ? await getCommentDocument(context.database.db, documentId) : null;
  if (!doc) throw apiError(request, "errors.notFound", 404);
  try {
    assertCan(context.auth.actor, "document.read", doc);
  } catch (error) {
    throw toResponse(request, error);
  }
  return { auth: context.auth, doc };
}

export function toResponse(request: Request, error: unknown): Response {
  if (error instanceof Response) return error;
  if (error instanceof CommentError) return apiError(request, error.key, error.status);
  throw error;
}

/** A JSON object body, or form fields (progressive enhancement); {} when unreadable. */
export async function readBody(request: Request): Promise<Record<string, unknown>> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.includes("application/json")) {
      const value = await request.json();
      return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    }
    return Object.fromEntries(await request.formData());
  } catch {
    return {};
  }
}

export function parseOr400<S extends z.ZodTypeAny>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new CommentError(firstIssue(result.error), 400);
  return result.data;
}

export function announce(context: AppLoadContext, changed: Changed): void {
  const event: CollabEvent = { type: "comments.changed", threadId: changed.threadId };
  try {
    context.collab.broadcastEvent(changed.documentId, event);
  } catch (error) {
    // The change is stored; live viewers catch up on their next refetch.
    console.error("comments: broadcast failed", error instanceof Error ? error.message : error);
  }
}

export type { CommentDocument };
