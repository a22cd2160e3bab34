import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumb } from "~/components/breadcrumb";
import { GanttChart } from "~/components/projects/GanttChart";
import { formatDay, unitLabel, unitName } from "~/components/projects/labels";
import ganttStyles from "~/components/projects/gantt.css?url";
import projectStyles from "~/components/projects/projects.css?url";
import { PROJECT_AREAS, PROJECT_TYPES } from "~/lib/projects/enums";
import { feasibilityStatus } from "~/lib/projects/feasibility";
import { loadPackage } from "~/lib/projects/access.server";
import { guard } from "~/lib/guard.server";
import { formatGrosze } from "~/lib/projects/money";
import { PACKAGE_SORT_KEYS, packageTotals, parsePackageQuery, queryPackage } from "~/lib/projects/package";
import { packageRows } from "~/lib/projects/package.server";
import { memberUnits } from "~/lib/projects/projects.server";
import { can } from "~/lib/policy";
import type { loader as rootLoader } from "~/root";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: projectStyles },
  { rel: "stylesheet", href: ganttStyles },
];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Pakiet projektów — ${data?.partnership.name ?? ""} — Wspólnie` }];

export async function loader(args: LoaderFunctionArgs) {
  const { partnership, resource, auth } = await guard(args, "project.read", (db) => loadPackage(db, args.params.slug));
  const db = args.context.database.db;
  const url = new URL(args.request.url);
  const query = parsePackageQuery(url.searchParams);
  const [all, units] = await Promise.all([packageRows(db, partnership.id), memberUnits(db, partnership.id)]);
  const rows = queryPackage(all, query);
  const partnershipResource = { type: "partnership" as const, partnershipId: partnership.id, voivodeshipTeryt: partnership.voivodeshipTeryt };
  return {
    partnership: { slug: partnership.slug, name: partnership.name },
    query,
    search: url.search,
    rows,
    total: all.length,
    totals: packageTotals(rows),
    units,
    mayCreate: can(auth.actor, "project.create", resource),
    mayManageRights: can(auth.actor, "editing_rights.manage", partnershipResource),
  };
}

export default function PackagePage() {
  const data = useLoaderData<typeof loader>();
  const locale = useRouteLoaderData<typeof rootLoader>("root")?.locale ?? "pl";
  const { t } = useTranslation("projects");
  const { partnership, query, rows, totals, units } = data;
  const base = `/w/${partnership.slug}/projekty`;
  const money = (grosze: number) => formatGrosze(grosze, locale);
  const sortLabel = (key: string) => t(`columns.${key === "start" ? "start" : key}`);
  const ariaSort = (key: string) => (query.sort === key ? (query.dir === "asc" ? "ascending" : "descending") : undefined);
  return (
    <div className="page page--wide">
      <Breadcrumb partnership={partnership} />
      <h1>{t("package.title")}</h1>
      <p className="lead">{t("package.lead")}</p>
      <p className="actions">
        {data.mayCreate ? (
          <Link className="button" to={`${base}/nowy`}>
            {t("package.new")}
          </Link>
        ) : null}
        <a href={`${base}/eksport.csv${data.search}`} download>
          {t("package.export")}
        </a>
        {data.mayManageRights ? <Link to={`/w/${partnership.slug}/uprawnienia`}>{t("package.rights")}</Link> : null}
      </p>

      <Form method="get" className="package-filters" aria-labelledby="filters-title">
        <h2 id="filters-title" className="visually-hidden">
          {t("package.filters")}
        </h2>
        <Select name="typ" label={t("package.filterType")} value={query.type ?? ""} options={PROJECT_TYPES.map((v) => [v, t(`type.${v}`)])} any={t("package.any")} />
        <Select name="obszar" label={t("package.filterArea")} value={query.area ?? ""} options={PROJECT_AREAS.map((v) => [v, t(`area.${v}`)])} any={t("package.any")} />
        <Select name="jst" label={t("package.filterJst")} value={query.teryt ?? ""} options={units.map((u) => [u.teryt, unitLabel(u, t)])} any={t("package.any")} />
        <Select
          name="dojrzalosc"
          label={t("package.filterMaturity")}
          value={query.minMaturity ? String(query.minMaturity) : ""}
          options={[1, 2, 3, 4, 5].map((l) => [String(l), String(l)])}
          any={t("package.any")}
        />
        <Select name="sort" label={t("package.sortBy")} value={query.sort} options={PACKAGE_SORT_KEYS.map((k) => [k, sortLabel(k)])} />
        <Select name="kolejnosc" label={t("package.order")} value={query.dir} options={[["asc", t("package.asc")], ["desc", t("package.desc")]]} />
        <button type="submit" className="button">
          {t("package.apply")}
        </button>
        <Link to={base}>{t("package.reset")}</Link>
      </Form>

      <p role="status">
        {t("package.count", { count: rows.length })} · {t("package.sortedBy", { column: sortLabel(query.sort), order: t(`package.${query.dir}`) })}
      </p>
      {rows.length === 0 ? (
        <p className="empty-state">{data.total === 0 ? t("package.empty") : t("package.noMatch")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t("package.caption")}</caption>
            <thead>
              <tr>
                <th scope="col" aria-sort={ariaSort("title")}>{t("columns.title")}</th>
                <th scope="col" aria-sort={ariaSort("type")}>{t("columns.type")}</th>
                <th scope="col" aria-sort={ariaSort("area")}>{t("columns.area")}</th>
                <th scope="col" aria-sort={ariaSort("maturity")} className="number">{t("columns.maturity")}</th>
                <th scope="col" aria-sort={ariaSort("totalCost")} className="number">{t("columns.totalCost")}</th>
                <th scope="col" className="number">{t("columns.eligibleCost")}</th>
                <th scope="col" aria-sort={ariaSort("start")}>{t("columns.schedule")}</th>
                <th scope="col" aria-sort={ariaSort("feasibility")}>{t("columns.feasibility")}</th>
                <th scope="col">{t("columns.lead")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={`${base}/${r.id}`}>{r.title}</Link>
                    {r.flagship ? <> <span className="badge">{t("package.flagship")}</span></> : null}
                  </th>
                  <td>{t(`type.${r.type}`)}</td>
                  <td>{t(`area.${r.area}`)}</td>
                  <td className="number">{r.maturity}</td>
                  <td className="number">{money(r.totalCost)}</td>
                  <td className="number">{money(r.eligibleCost)}</td>
                  <td>
                    {formatDay(r.start, locale)} – {formatDay(r.end, locale)}
                  </td>
                  <td>
                    {t(`feasibility.${feasibilityStatus(r.feasibility)}`)} ({t("feasibility.percent", { percent: Math.round(r.feasibility * 100) })})
                  </td>
                  <td>{unitName(units, r.leadTeryt, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <section aria-labelledby="totals-title">
        <h2 id="totals-title">{t("package.totalsTitle")}</h2>
        <div className="table-scroll">
          <table data-testid="totals-by-area">
            <caption>{t("package.totalsByArea")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.area")}</th>
                <th scope="col" className="number">{t("columns.projects")}</th>
                <th scope="col" className="number">{t("columns.totalCost")}</th>
                <th scope="col" className="number">{t("columns.eligibleCost")}</th>
              </tr>
            </thead>
            <tbody>
              {totals.byArea.map((a) => (
                <tr key={a.area}>
                  <th scope="row">{t(`area.${a.area}`)}</th>
                  <td className="number">{a.projects}</td>
                  <td className="number">{money(a.totalCost)}</td>
                  <td className="number">{money(a.eligibleCost)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t("package.total")}</th>
                <td className="number">{totals.projects}</td>
                <td className="number">{money(totals.totalCost)}</td>
                <td className="number">{money(totals.eligibleCost)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        <div className="table-scroll">
          <table data-testid="totals-by-jst">
            <caption>{t("package.totalsByJst")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.jst")}</th>
                <th scope="col" className="number">{t("columns.leads")}</th>
                <th scope="col" className="number">{t("columns.participates")}</th>
                <th scope="col" className="number">{t("columns.ledCost")}</th>
                <th scope="col" className="number">{t("columns.ownContribution")}</th>
              </tr>
            </thead>
            <tbody>
              {totals.byJst.map((j) => (
                <tr key={j.teryt}>
                  <th scope="row">{unitName(units, j.teryt, t)}</th>
                  <td className="number">{j.leads}</td>
                  <td className="number">{j.participates}</td>
                  <td className="number">{money(j.ledCost)}</td>
                  <td className="number">{money(j.ownContribution)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {rows.some((r) => r.start && r.end) ? (
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title">{t("package.timelineTitle")}</h2>
          <p className="hint">{t("package.timelineHint")}</p>
          <GanttChart
            label={t("package.timelineTitle")}
            locale={locale}
            items={rows.filter((r) => r.start && r.end).map((r) => ({ id: r.id, name: r.title, start: r.start!, end: r.end! }))}
          />
        </section>
      ) : null}
    </div>
  );
}

function Select({ name, label, value, options, any }: { name: string; label: string; value: string; options: [string, string][]; any?: string }) {
  return (
    <div className="field">
      <label htmlFor={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name} defaultValue={value}>
        {any ? <option value="">{any}</option> : null}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
