import type { AppLoadContext } from "@remix-run/node";
import { currentYDoc } from "../documents/live.server";
import { getLocale, getServerT } from "../request.server";
import { guardCommentDocument } from "./api.server";
import { listThreads } from "./comments.server";
import { reportCsv, reportDocx, reportFileName, reportRows } from "./report.server";

/** The consultation report of a document's trail, as a download. Readers of the document may export it. */
export async function reportResponse(
  request: Request,
  context: AppLoadContext,
  documentId: string | undefined,
  format: "csv" | "docx",
): Promise<Response> {
  const { auth, doc } = await guardCommentDocument({ request, context }, documentId);
  const locale = getLocale(request);
  const t = getServerT(request);
  const ydoc = await currentYDoc(context, doc.id);
  const rows = reportRows(await listThreads(context.database.db, doc, { userId: auth.user.id }, ydoc), t, locale);
  const headers = {
    "Content-Disposition": `attachment; filename="${reportFileName(doc, format)}"`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
  if (format === "csv") {
    return new Response(reportCsv(rows, t), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  }
  const buffer = await reportDocx(doc, rows, t, locale);
  return new Response(new Uint8Array(buffer), {
    headers: { ...headers, "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  });
}
