import { useTranslation } from "react-i18next";
import { INTEGRATION_FLAGS } from "~/lib/projects/enums";
import { formatGrosze } from "~/lib/projects/money";
import { formatDay, unitName, type UnitOption } from "./labels";

/** The structured fiche, read-only: what, who, where, money, indicators, risks. */
export interface FicheView {
  type: string;
  area: string;
  status: string;
  goal: string;
  direction: string;
  leadTeryt: string;
  partnerTeryts: string[];
  otherPartners: string;
  location: string;
  problem: string;
  targetGroups: string;
  scope: string;
  flags: Record<string, boolean>;
  startDate: string | null;
  endDate: string | null;
  totalCost: number;
  eligibleCost: number;
  ownShare: number;
  financingGap: number;
  contributions: { teryt: string; amount: number }[];
  fundingSources: { name: string; amount: number }[];
  indicators: { kind: string; name: string; unit: string; baseline: string; target: string; year: number; source: string }[];
  risks: { description: string; likelihood: string; impact: string; mitigation: string }[];
}

export function FicheDetails({ fiche, units, locale }: { fiche: FicheView; units: readonly UnitOption[]; locale: "pl" | "en" }) {
  const { t } = useTranslation("projects");
  const money = (g: number) => formatGrosze(g, locale);
  const dash = (v: string) => v || "—";
  const num = (v: string) => (locale === "pl" ? v.replace(/\.?0+$/, "").replace(".", ",") : v.replace(/\.?0+$/, ""));
  return (
    <>
      <dl className="fiche-grid">
        <dt>{t("fiche.type")}</dt>
        <dd>{t(`type.${fiche.type}`)}</dd>
        <dt>{t("fiche.area")}</dt>
        <dd>{t(`area.${fiche.area}`)}</dd>
        <dt>{t("fiche.status")}</dt>
        <dd>{t(`status.${fiche.status}`)}</dd>
        <dt>{t("fiche.goal")}</dt>
        <dd>{dash(fiche.goal)}</dd>
        <dt>{t("fiche.direction")}</dt>
        <dd>{dash(fiche.direction)}</dd>
        <dt>{t("fiche.lead")}</dt>
        <dd>{unitName(units, fiche.leadTeryt, t)}</dd>
        <dt>{t("fiche.partners")}</dt>
        <dd>{fiche.partnerTeryts.length ? fiche.partnerTeryts.map((p) => unitName(units, p, t)).join("; ") : "—"}</dd>
        <dt>{t("fiche.otherPartners")}</dt>
        <dd>{dash(fiche.otherPartners)}</dd>
        <dt>{t("fiche.location")}</dt>
        <dd>{dash(fiche.location)}</dd>
        <dt>{t("fiche.problem")}</dt>
        <dd>{dash(fiche.problem)}</dd>
        <dt>{t("fiche.targetGroups")}</dt>
        <dd>{dash(fiche.targetGroups)}</dd>
        <dt>{t("fiche.scope")}</dt>
        <dd>{dash(fiche.scope)}</dd>
        <dt>{t("fiche.dates")}</dt>
        <dd>
          {formatDay(fiche.startDate, locale)} – {formatDay(fiche.endDate, locale)}
        </dd>
        <dt>{t("flags.legend")}</dt>
        <dd>
          <ul>
            {INTEGRATION_FLAGS.map((flag) => (
              <li key={flag}>
                {t(`flags.${flag}`)}: {fiche.flags[flag] ? t("flags.yes") : t("flags.no")}
              </li>
            ))}
          </ul>
        </dd>
      </dl>

      <h3>{t("fiche.costs")}</h3>
      <dl className="fiche-grid">
        <dt>{t("fiche.totalCost")}</dt>
        <dd className="number">{money(fiche.totalCost)}</dd>
        <dt>{t("fiche.eligibleCost")}</dt>
        <dd className="number">{money(fiche.eligibleCost)}</dd>
        <dt>{t("fiche.ownShare")}</dt>
        <dd className="number">{money(fiche.ownShare)}</dd>
      </dl>
      {fiche.financingGap > 0 ? <p>{t("fiche.financingGap", { amount: money(fiche.financingGap) })}</p> : null}
      <SimpleTable
        caption={t("fiche.contributions")}
        empty={t("page.contributionsEmpty")}
        head={[t("fiche.contributionJst"), t("fiche.contributionAmount")]}
        rows={fiche.contributions.map((c) => [unitName(units, c.teryt, t), money(c.amount)])}
      />
      <SimpleTable
        caption={t("fiche.fundingSources")}
        empty={t("page.fundingEmpty")}
        head={[t("fiche.fundingName"), t("fiche.fundingAmount")]}
        rows={fiche.fundingSources.map((f) => [f.name, money(f.amount)])}
      />
      <SimpleTable
        caption={t("fiche.indicators")}
        empty={t("page.indicatorsEmpty")}
        head={[t("fiche.indicatorName"), t("fiche.indicatorKind"), t("fiche.indicatorUnit"), t("fiche.indicatorBaseline"), t("fiche.indicatorTarget"), t("fiche.indicatorYear"), t("fiche.indicatorSource")]}
        rows={fiche.indicators.map((i) => [i.name, t(`fiche.indicatorKinds.${i.kind}`), i.unit, num(i.baseline), num(i.target), String(i.year), dash(i.source)])}
      />
      <SimpleTable
        caption={t("fiche.risks")}
        empty={t("page.risksEmpty")}
        head={[t("fiche.riskDescription"), t("fiche.riskLikelihood"), t("fiche.riskImpact"), t("fiche.riskMitigation")]}
        rows={fiche.risks.map((r) => [r.description, t(`fiche.riskLevels.${r.likelihood}`), t(`fiche.riskLevels.${r.impact}`), dash(r.mitigation)])}
      />
    </>
  );
}

function SimpleTable({ caption, empty, head, rows }: { caption: string; empty: string; head: string[]; rows: string[][] }) {
  return (
    <div className="table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={head.length}>{empty}</td>
            </tr>
          ) : (
            rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
