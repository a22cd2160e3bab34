import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuditTable, toTableRows } from "~/components/audit-table";
import { listAudit } from "~/lib/audit.server";
import { getServerT, requireAuth } from "~/lib/request.server";

export const meta: MetaFunction = () => [{ title: "Dziennik zdarzeń platformy — Wspólnie" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = requireAuth(request, context);
  if (user.globalRole !== "ministry_admin") {
    throw new Response(getServerT(request)("errors.forbidden"), { status: 403, statusText: "Forbidden" });
  }
  return { rows: toTableRows(await listAudit(context.database.db, { limit: 500 })) };
}

export default function PlatformAudit() {
  const { rows } = useLoaderData<typeof loader>();
  const { t } = useTranslation("auth");
  return (
    <div className="page">
      <h1>{t("audit.adminTitle")}</h1>
      <p className="lead">{t("audit.lead")}</p>
      <AuditTable rows={rows} showPartnership />
    </div>
  );
}
