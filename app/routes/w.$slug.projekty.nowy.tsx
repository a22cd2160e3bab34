import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumb } from "~/components/breadcrumb";
import { FicheForm } from "~/components/projects/FicheForm";
import projectStyles from "~/components/projects/projects.css?url";
import { loadPackage } from "~/lib/projects/access.server";
import { createFicheAction } from "~/lib/projects/fiche-actions.server";
import { guard } from "~/lib/guard.server";
import { memberUnits } from "~/lib/projects/projects.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: projectStyles }];
export const meta: MetaFunction = () => [{ title: "Nowy projekt — Wspólnie" }];

export async function loader(args: LoaderFunctionArgs) {
  const { partnership } = await guard(args, "project.create", (db) => loadPackage(db, args.params.slug));
  return { partnership: { slug: partnership.slug, name: partnership.name }, units: await memberUnits(args.context.database.db, partnership.id) };
}

export const action = createFicheAction;

export default function NewProject() {
  const { partnership, units } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("projects");
  return (
    <div className="page page--wide">
      <Breadcrumb partnership={partnership} trail={[{ to: `/w/${partnership.slug}/projekty`, label: t("package.title") }]} />
      <h1>{t("fiche.newTitle")}</h1>
      <FicheForm
        units={units}
        lastResult={actionData?.result}
        defaultValue={{ status: "draft", totalCost: "0", eligibleCost: "0", ownShare: "0" }}
        submitLabel={t("fiche.create")}
      />
    </div>
  );
}
