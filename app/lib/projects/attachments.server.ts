import { fileTypeFromBuffer } from "file-type";
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { MAX_ATTACHMENT_BYTES, projectAttachments, users } from "../../../db/schema";
import { isUuid } from "../ids";
import { pick } from "../../../db/pick";

export { MAX_ATTACHMENT_BYTES };

/** What may be attached, decided from the bytes (file-type), never from the name or the browser's claim. */
export const ATTACHMENT_TYPES: Readonly<Record<string, string>> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
};

export type AttachmentRefusal = "empty" | "tooLarge" | "typeNotAllowed";

/** The media type and extension of an allowed file, or why it is refused. */
export async function detectAttachmentType(bytes: Uint8Array): Promise<{ mediaType: string; ext: string } | { refused: AttachmentRefusal }> {
  if (bytes.byteLength === 0) return { refused: "empty" };
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) return { refused: "tooLarge" };
  const type = await fileTypeFromBuffer(bytes);
  const ext = type ? ATTACHMENT_TYPES[type.mime] : undefined;
  return type && ext ? { mediaType: type.mime, ext } : { refused: "typeNotAllowed" };
}

/** A file name safe to store and to send back: no path, no control characters, the detected extension. */
export function safeFileName(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "")
    .replace(/\.[^.]*$/, "")
    .trim()
    .slice(0, 150);
  return `${base || "zalacznik"}.${ext}`;
}

export async function addAttachment(db: Db, projectId: string, file: { name: string; bytes: Uint8Array }, userId: string | null) {
  const detected = await detectAttachmentType(file.bytes);
  if ("refused" in detected) return { status: "refused" as const, reason: detected.refused };
  const [row] = await db
    .insert(projectAttachments)
    .values({
      projectId,
      fileName: safeFileName(file.name, detected.ext),
      mediaType: detected.mediaType,
      size: file.bytes.byteLength,
      content: file.bytes,
      uploadedBy: userId,
    })
    .returning({ id: projectAttachments.id, fileName: projectAttachments.fileName });
  return { status: "saved" as const, ...row };
}

export async function listAttachments(db: Pick<Db, "select">, projectId: string) {
  return db
    .select({ ...pick(projectAttachments, "id", "fileName", "mediaType", "size", "createdAt"), uploadedBy: users.name })
    .from(projectAttachments)
    .leftJoin(users, eq(users.id, projectAttachments.uploadedBy))
    .where(eq(projectAttachments.projectId, projectId))
    .orderBy(desc(projectAttachments.createdAt));
}

export async function getAttachment(db: Db, projectId: string, attachmentId: string) {
  if (!isUuid(attachmentId)) return null;
  const [row] = await db
    .select()
    .from(projectAttachments)
    .where(and(eq(projectAttachments.id, attachmentId), eq(projectAttachments.projectId, projectId)));
  return row ?? null;
}

/**
 * Always a download, never rendered by the browser: attachment disposition and a sandboxing CSP, on top of
 * the server-wide `X-Content-Type-Options: nosniff` (server/security.ts; the HTTP test checks it is there).
 */
export function attachmentResponse(file: { fileName: string; mediaType: string; content: Uint8Array }): Response {
  // The plain-ASCII fallback name for old clients: Polish letters without their marks (ł has none to drop).
  const ascii = file.fileName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .replace(/[^\x20-\x7e]|["\\]/g, "_");
  return new Response(Buffer.from(file.content), {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Length": String(file.content.byteLength),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}
