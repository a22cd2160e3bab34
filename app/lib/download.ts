/** The media types of the files the app sends. */
export const MEDIA_TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  csv: "text/csv; charset=utf-8",
  ics: "text/calendar; charset=utf-8",
} as const;
export type FileFormat = keyof typeof MEDIA_TYPES;

/**
 * A file to download under `fileName` (ASCII, no quotes). Private and never cached unless `headers` say otherwise
 * (the public pages' files set their own Cache-Control).
 */
export function fileDownload(body: BodyInit | null, format: FileFormat, fileName: string, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    headers: {
      "Content-Type": MEDIA_TYPES[format],
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      ...headers,
    },
  });
}
