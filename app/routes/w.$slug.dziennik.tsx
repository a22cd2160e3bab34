import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuditTable, toTableRows } from "~/components/audit-table";
import { listAudit } from "~/lib/audit.server";
import { guard } from "~/lib/guard.server";
import { loadPartnership } from "~/lib/partnerships.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.partnership.name ?? ""} — dziennik zdarzeń — Wspólnie` },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { partnership } = await guard({ request, context }, "audit.view", (db) => loadPartnership(db, params.slug));
  const rows = await listAudit(context.database.db, { partnershipId: partnership.id });
  return { partnership: { name: partnership.name, slug: partnership.slug }, rows: toTableRows(rows) };
}

export default function PartnershipAudit() {
  const { partnership, rows } = useLoaderData<typeof loader>();
  const { t } = useTranslation("auth");
  return (
    <div className="page">
      <h1>{t("audit.title", { name: partnership.name })}</h1>
      <p className="lead">{t("audit.lead")}</p>
      <AuditTable rows={rows} showPartnership={false} />
    </div>
  );
}
