import type { LoaderFunctionArgs } from "@remix-run/node";
import { guard, refusal } from "~/lib/guard.server";
import { attachmentResponse } from "~/lib/projects/attachments.server";
import { getFormAttachment, loadForm } from "~/lib/selection/forms.server";

/** An attachment of an information form: to the applicant, and once submitted to the assessor and ministry; always a download. */
export async function loader(args: LoaderFunctionArgs) {
  const { form } = await guard(args, "application.read", (db) => loadForm(db, args.params.formId));
  const file = await getFormAttachment(args.context.database.db, form.id, args.params.attachmentId ?? "");
  if (!file) throw refusal(args.request, 404);
  return attachmentResponse({ fileName: file.fileName, mediaType: file.mime, content: file.content });
}
