import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumb } from "~/components/breadcrumb";
import { FicheForm } from "~/components/projects/FicheForm";
import projectStyles from "~/components/projects/projects.css?url";
import { loadProject } from "~/lib/projects/access.server";
import { updateFicheAction } from "~/lib/projects/fiche-actions.server";
import { guard } from "~/lib/guard.server";
import { ficheFormValues, getFiche, memberUnits } from "~/lib/projects/projects.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: projectStyles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} — edycja fiszki — Wspólnie` }];

export async function loader(args: LoaderFunctionArgs) {
  const { partnership, project } = await guard(args, "project.edit", (db) => loadProject(db, args.params.slug, args.params.projectId));
  const db = args.context.database.db;
  const [fiche, units] = await Promise.all([getFiche(db, partnership.id, project.id), memberUnits(db, partnership.id)]);
  return {
    partnership: { slug: partnership.slug, name: partnership.name },
    projectId: project.id,
    title: project.title,
    version: project.rowVersion,
    values: ficheFormValues(fiche!),
    units,
  };
}

export const action = updateFicheAction;

export default function EditProject() {
  const { partnership, projectId, title, version, values, units } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("projects");
  const base = `/w/${partnership.slug}/projekty`;
  return (
    <div className="page page--wide">
      <Breadcrumb partnership={partnership} trail={[{ to: base, label: t("package.title") }, { to: `${base}/${projectId}`, label: title }]} />
      <h1>{t("fiche.editTitle", { title })}</h1>
      <FicheForm
        units={units}
        lastResult={actionData?.result}
        conflict={actionData?.conflict}
        defaultValue={values}
        version={version}
        submitLabel={t("fiche.save")}
      />
    </div>
  );
}
