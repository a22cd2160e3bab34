import type { LoaderFunctionArgs } from "@remix-run/node";
import { guard, refusal } from "~/lib/guard.server";
import { getLocale } from "~/lib/request.server";
import { confirmationResponse } from "~/lib/selection/confirmation.server";
import { loadForm } from "~/lib/selection/forms.server";

/** The PDF confirmation of a submitted information form (a draft has none: 404). */
export async function loader(args: LoaderFunctionArgs) {
  const { form, call, applicantName } = await guard(args, "application.read", (db) => loadForm(db, args.params.formId));
  if (form.status !== "submitted") throw refusal(args.request, 404);
  return confirmationResponse(args.context.database.db, form, call, applicantName, getLocale(args.request));
}
