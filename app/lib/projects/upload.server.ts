import { MAX_ATTACHMENT_BYTES } from "./attachments.server";

/**
 * The file of a multipart form, refused before parsing when the request is plainly too large (the body is
 * read into memory otherwise). Returns the name and bytes, or why not.
 */
export async function readUpload(request: Request, field = "file") {
  const length = Number(request.headers.get("Content-Length") ?? "0");
  if (length > MAX_ATTACHMENT_BYTES + 64 * 1024) return { refused: "tooLarge" as const };
  const form = await request.formData();
  const file = form.get(field);
  if (!(file instanceof File) || file.size === 0) return { refused: file instanceof File ? ("empty" as const) : ("missing" as const), form };
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), form };
}
