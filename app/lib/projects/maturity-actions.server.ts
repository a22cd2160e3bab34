import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs } from "@remix-run/node";
import { getServerT } from "../request.server";
import { loadProject } from "./access.server";
import { addAttachment, MAX_ATTACHMENT_BYTES } from "./attachments.server";
import { guard } from "../guard.server";
import { evidenceSchema, levelSchema } from "./maturity-schema";
import { addEvidence, setMaturity, withdrawEvidence } from "./maturity.server";

/** The maturity page's action: add evidence (a link or an uploaded file), withdraw it, or set the level. */
export async function maturityAction(args: ActionFunctionArgs) {
  const { partnership, project, auth } = await guard(args, "project.edit", (db) => loadProject(db, args.params.slug, args.params.projectId));
  const db = args.context.database.db;
  const t = getServerT(args.request);
  const back = `/w/${partnership.slug}/projekty/${project.id}/dojrzalosc`;
  if (Number(args.request.headers.get("Content-Length") ?? 0) > MAX_ATTACHMENT_BYTES + 64 * 1024) {
    return data({ form: "evidence", result: null, error: t("projects:page.attachmentRefused.tooLarge") }, { status: 413 });
  }
  const formData = await args.request.formData();
  const intent = formData.get("intent");
  if (intent === "withdraw") {
    if (!(await withdrawEvidence(db, project, String(formData.get("evidenceId") ?? ""), auth.user.id))) throw new Response(null, { status: 404 });
    return redirect(`${back}?wycofano=1`);
  }
  if (intent === "level") {
    const submission = parseWithZod(formData, { schema: levelSchema });
    if (submission.status !== "success") return data({ form: "level", result: submission.reply(), error: null }, { status: 400 });
    const result = await setMaturity(db, project, submission.value.level, submission.value.note, auth.user.id);
    if (result.status === "refused") {
      const message = t(`projects:maturity.${result.reason}`, { level: submission.value.level, supported: result.supported });
      return data({ form: "level", result: submission.reply({ fieldErrors: { level: [message] } }), error: null }, { status: 400 });
    }
    return redirect(`${back}?poziom=1`);
  }
  const submission = parseWithZod(formData, { schema: evidenceSchema });
  if (submission.status !== "success") return data({ form: "evidence", result: submission.reply(), error: null }, { status: 400 });
  const file = formData.get("file");
  let attachmentId: string | null = null;
  if (file instanceof File && file.size > 0) {
    const saved = await addAttachment(db, project.id, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, auth.user.id);
    if (saved.status === "refused") {
      return data({ form: "evidence", result: submission.reply({ fieldErrors: { file: [t(`projects:page.attachmentRefused.${saved.reason}`)] } }), error: null }, { status: 400 });
    }
    attachmentId = saved.id;
  }
  const { kind, description, date, url } = submission.value;
  const added = await addEvidence(db, project, { kind, description, date, url: url || null, attachmentId }, auth.user.id);
  if (added.status === "invalid") {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of added.issues) {
      const field = issue === "sourceRequired" || issue === "linkInvalid" ? "url" : issue === "attachmentUnknown" ? "file" : "date";
      (fieldErrors[field] ??= []).push(t(`projects:maturity.evidenceIssues.${issue}`));
    }
    return data({ form: "evidence", result: submission.reply({ fieldErrors }), error: null }, { status: 400 });
  }
  return redirect(`${back}?dowod=1`);
}
