import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "~/lib/format";
import { voivodeshipAction, voivodeshipPage } from "~/lib/selection/voivodeship-page.server";
import type { loader as rootLoader } from "~/root";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Ocena formularzy — ${data?.voivodeship.name ?? ""} — Wspólnie` }];

export const loader = (args: LoaderFunctionArgs) => voivodeshipPage(args.context.database.db, args, args.params.callId, args.params.teryt);
export const action = (args: ActionFunctionArgs) => voivodeshipAction(args, args.params.callId, args.params.teryt);

export default function VoivodeshipAssessment() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const locale = useRouteLoaderData<typeof rootLoader>("root")?.locale ?? "pl";
  const { t } = useTranslation("selection");
  const used = data.forms.filter((f) => f.recommendedRank !== null).length;
  const open = data.maySend && !data.sentAt;
  return (
    <div className="page page--wide">
      <p className="breadcrumb"><Link to="/nabor">{t("home.title")}</Link></p>
      <h1>{t("assess.title", { name: data.voivodeship.name })}</h1>
      <p className="lead">{t("assess.lead", { call: data.call.name, cap: data.call.cap, deadline: formatDateTime(data.call.recommendationsDeadline, locale) })}</p>
      {actionData ? <p className={actionData.ok ? "notice" : "form-error"} role={actionData.ok ? "status" : "alert"}>{actionData.message}</p> : null}
      <p>{t("assess.used", { used, cap: data.call.cap })}</p>
      {data.sentAt ? <p className="notice">{t("assess.sent", { date: formatDateTime(data.sentAt, locale) })}</p> : null}
      {data.forms.length === 0 ? <p className="empty-state">{t("assess.none")}</p> : (
        <table>
          <caption>{t("assess.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("assess.rank")}</th>
              <th scope="col">{t("assess.name")}</th>
              <th scope="col">{t("assess.formal")}</th>
              <th scope="col">{t("assess.merit")}</th>
              <th scope="col">{t("assess.recommendation")}</th>
            </tr>
          </thead>
          <tbody>
            {data.forms.map((f, i) => (
              <tr key={f.id}>
                <td>{i + 1}</td>
                <td>
                  <Link to={`/nabor/formularz/${f.id}`}>{f.name}</Link>
                  {data.maySend ? <> · <Link to={`/nabor/formularz/${f.id}/ocena`} aria-label={t("assess.checklist", { name: f.name })}>{t("form.assessLink")}</Link></> : null}
                </td>
                <td>{f.result.formalPassed === true ? t("assess.passed") : f.result.formalPassed === false ? t("assess.failed", { keys: f.result.failed.join(", ") }) : t("assess.incomplete")}</td>
                <td>{f.result.meritTotal} / {f.result.meritMax}</td>
                <td>
                  {f.recommendedRank !== null ? t("assess.recommendedRank", { rank: f.recommendedRank }) : "—"}
                  {open ? (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="formId" value={f.id} />
                      {f.recommendedRank !== null ? (
                        <button type="submit" name="intent" value="withdraw" className="button--secondary">{t("assess.withdraw", { name: f.name })}</button>
                      ) : f.result.recommendable && used < data.call.cap ? (
                        <button type="submit" name="intent" value="recommend">{t("assess.recommend", { name: f.name })}</button>
                      ) : null}
                    </Form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && used > 0 ? (
        <Form method="post">
          <p className="actions"><button type="submit" name="intent" value="send">{t("assess.send")}</button></p>
        </Form>
      ) : null}
    </div>
  );
}
