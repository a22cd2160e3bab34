import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs } from "@remix-run/node";
import { loadPackage, loadProject } from "./access.server";
import { diffFiche } from "./fiche-diff";
import { createFicheSchema } from "./fiche-schema";
import { guard } from "../guard.server";
import { FicheRejected, createProject, ficheFormValues, memberTerytsOf, updateProject } from "./projects.server";

/** The fiche forms' actions: parse with the shared schema, save through the lib, answer in Conform's terms. */

function fieldErrors(error: FicheRejected): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) (out[issue.path] ??= []).push(issue.message);
  return out;
}

export async function createFicheAction(args: ActionFunctionArgs) {
  const { partnership, auth } = await guard(args, "project.create", (db) => loadPackage(db, args.params.slug));
  const db = args.context.database.db;
  const schema = createFicheSchema(await memberTerytsOf(db, partnership.id));
  const submission = parseWithZod(await args.request.formData(), { schema });
  if (submission.status !== "success") return data({ result: submission.reply(), conflict: null }, { status: 400 });
  try {
    const project = await createProject(db, partnership.id, submission.value, auth.user.id);
    return redirect(`/w/${partnership.slug}/projekty/${project.id}?utworzono=1`);
  } catch (error) {
    if (error instanceof FicheRejected) return data({ result: submission.reply({ fieldErrors: fieldErrors(error) }), conflict: null }, { status: 400 });
    throw error;
  }
}

export async function updateFicheAction(args: ActionFunctionArgs) {
  const { partnership, project, auth } = await guard(args, "project.edit", (db) => loadProject(db, args.params.slug, args.params.projectId));
  const db = args.context.database.db;
  const schema = createFicheSchema(await memberTerytsOf(db, partnership.id));
  const submission = parseWithZod(await args.request.formData(), { schema });
  if (submission.status !== "success") return data({ result: submission.reply(), conflict: null }, { status: 400 });
  try {
    const saved = await updateProject(db, partnership.id, project.id, submission.value.version ?? -1, submission.value, auth.user.id);
    if (saved.status === "missing") throw new Response(null, { status: 404 });
    if (saved.status === "saved") return redirect(`/w/${partnership.slug}/projekty/${project.id}?zapisano=1`);
    const theirs = ficheFormValues(saved.current);
    return data(
      {
        result: submission.reply(),
        conflict: { name: saved.current.updatedByName, version: saved.current.project.rowVersion, rows: diffFiche(submission.payload, theirs) },
      },
      { status: 409 },
    );
  } catch (error) {
    if (error instanceof FicheRejected) return data({ result: submission.reply({ fieldErrors: fieldErrors(error) }), conflict: null }, { status: 400 });
    throw error;
  }
}
