import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "~/lib/format";
import { callAction, callPage } from "~/lib/selection/call-page.server";
import type { loader as rootLoader } from "~/root";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.call.name ?? ""} — nabór — Wspólnie` }];

export const loader = (args: LoaderFunctionArgs) => callPage(args, args.params.callId);
export const action = (args: ActionFunctionArgs) => callAction(args, args.params.callId);

const day = (iso: string) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw" }).format(new Date(iso));

export default function CallPage() {
  const { call, table } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const locale = useRouteLoaderData<typeof rootLoader>("root")?.locale ?? "pl";
  const { t } = useTranslation("selection");
  const anySelected = table.some((v) => v.recommended.some((r) => r.selected));
  return (
    <div className="page page--wide">
      <p className="breadcrumb"><Link to="/nabor">{t("home.title")}</Link></p>
      <h1>{call.name}</h1>
      <p className="lead">{t("call.stage", { stage: t(`stage.${call.stage}`) })}</p>
      {actionData ? <p className={actionData.ok ? "notice" : "form-error"} role={actionData.ok ? "status" : "alert"}>{actionData.message}</p> : null}
      <section aria-labelledby="dates">
        <h2 id="dates">{t("call.dates")}</h2>
        {call.opened ? (
          <dl className="facts">
            <dt>{t("call.formsDeadline")}</dt><dd>{formatDateTime(call.formsDeadline, locale)}</dd>
            <dt>{t("call.recommendationsDeadline")}</dt><dd>{formatDateTime(call.recommendationsDeadline, locale)}</dd>
            <dt>{t("call.announcementDate")}</dt><dd>{call.announcementDate}</dd>
            <dt>{t("call.cap")}</dt><dd>{call.cap}</dd>
          </dl>
        ) : (
          <Form method="post">
            <input type="hidden" name="intent" value="update" />
            <div className="field"><label htmlFor="call-name">{t("call.name")}</label><input id="call-name" name="name" defaultValue={call.name} /></div>
            <div className="field"><label htmlFor="call-fd">{t("call.formsDeadline")}</label><input id="call-fd" type="date" name="formsDeadline" defaultValue={day(call.formsDeadline)} /></div>
            <div className="field"><label htmlFor="call-rd">{t("call.recommendationsDeadline")}</label><input id="call-rd" type="date" name="recommendationsDeadline" defaultValue={day(call.recommendationsDeadline)} /></div>
            <div className="field"><label htmlFor="call-ad">{t("call.announcementDate")}</label><input id="call-ad" type="date" name="announcementDate" defaultValue={call.announcementDate} /></div>
            <div className="field"><label htmlFor="call-cap">{t("call.cap")}</label><input id="call-cap" type="number" min={1} max={10} name="cap" defaultValue={call.cap} /></div>
            <h3>{t("call.criteria")}</h3>
            {call.criteria.map((c) => (
              <div className="field" key={c.key}>
                <label htmlFor={`criterion-${c.key}`}>{t("call.criterionLabel", { key: c.key })}</label>
                <input id={`criterion-${c.key}`} name={`criterion.${c.key}`} defaultValue={c.pl} />
              </div>
            ))}
            <p className="actions"><button type="submit">{t("call.save")}</button></p>
          </Form>
        )}
        {!call.opened ? (
          <Form method="post"><p className="actions"><button type="submit" name="intent" value="open">{t("call.openCall")}</button></p></Form>
        ) : (
          <>
            <h3>{t("call.criteria")}</h3>
            <p>{t("call.frozen")}</p>
            <ol>{call.criteria.map((c) => <li key={c.key}>{c.key}: {locale === "en" ? c.en : c.pl}</li>)}</ol>
          </>
        )}
      </section>
      <section aria-labelledby="table">
        <h2 id="table">{t("call.table")}</h2>
        <table>
          <caption className="visually-hidden">{t("call.tableCaption")}</caption>
          <thead>
            <tr><th scope="col">{t("home.voivodeship")}</th><th scope="col">{t("call.submitted")}</th><th scope="col">{t("call.recommended")}</th><th scope="col">{t("call.sent")}</th></tr>
          </thead>
          <tbody>
            {table.map((v) => (
              <tr key={v.teryt}>
                <th scope="row"><Link to={`/nabor/${call.id}/wojewodztwo/${v.teryt}`}>{v.name}</Link></th>
                <td>{v.submitted}</td>
                <td>
                  {v.recommended.length === 0 ? t("call.none") : (
                    <ol>
                      {v.recommended.map((r) => (
                        <li key={r.formId}>
                          <Link to={`/nabor/formularz/${r.formId}`}>{r.name}</Link>
                          {r.selected ? ` — ${t("call.selected")}` : ""}
                          {r.slug ? <> (<Link to={`/w/${r.slug}`}>{t("call.workspace")}</Link>)</> : null}
                          {!call.announcedAt ? (
                            <Form method="post" className="inline-form">
                              <input type="hidden" name="formId" value={r.formId} />
                              {r.selected ? (
                                <button type="submit" name="intent" value="unselect" className="button--secondary">{t("call.unselect", { name: r.name })}</button>
                              ) : (
                                <button type="submit" name="intent" value="select">{t("call.select", { name: r.name })}</button>
                              )}
                            </Form>
                          ) : null}
                        </li>
                      ))}
                    </ol>
                  )}
                </td>
                <td>{v.sentAt ? formatDateTime(v.sentAt, locale) : t("call.notSent")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {call.announcedAt ? (
        <p className="notice">{t("call.announced", { date: formatDateTime(call.announcedAt, locale) })}</p>
      ) : call.opened ? (
        <Form method="post">
          <p id="announce-hint" className="field-hint">{t("call.announceHint")}</p>
          <p className="actions">
            <button type="submit" name="intent" value="announce" aria-describedby="announce-hint" disabled={!anySelected}>{t("call.announce")}</button>
          </p>
          {!anySelected ? <p>{t("call.nothingSelected")}</p> : null}
        </Form>
      ) : null}
    </div>
  );
}
