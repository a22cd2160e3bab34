import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Phase } from "~/lib/selection/phases";

/** The phases as a timeline (bars on one time axis) with the same facts as a table for screen readers and keyboards. */
export function PhaseTimeline({ phases, current, mayEdit, message }: { phases: Phase[]; current: string | null; mayEdit: boolean; message?: { ok: boolean; text: string } }) {
  const { t } = useTranslation("selection");
  if (phases.length === 0) return null;
  const start = Date.parse(phases[0].plannedStart);
  const end = Math.max(...phases.map((p) => Date.parse(p.actualEnd ?? p.plannedEnd)));
  const pct = (iso: string) => ((Date.parse(iso) - start) / Math.max(1, end - start)) * 100;
  return (
    <section aria-labelledby="phases">
      <h2 id="phases">{t("phases.title")}</h2>
      {message ? <p className={message.ok ? "notice" : "form-error"} role={message.ok ? "status" : "alert"}>{message.text}</p> : null}
      <div className="phase-timeline" aria-hidden="true">
        {phases.map((p) => (
          <div key={p.key} className={`phase-timeline__row${p.key === current ? " phase-timeline__row--current" : ""}`}>
            <span className="phase-timeline__label">{t(`phases.${p.key}`)}</span>
            <span className="phase-timeline__track">
              <span className="phase-timeline__bar" style={{ marginLeft: `${pct(p.plannedStart)}%`, width: `${pct(p.plannedEnd) - pct(p.plannedStart)}%` }} />
            </span>
          </div>
        ))}
      </div>
      <table>
        <caption>{t("phases.caption")}</caption>
        <thead>
          <tr><th scope="col">{t("phases.phase")}</th><th scope="col">{t("phases.planned")}</th><th scope="col">{t("phases.actual")}</th></tr>
        </thead>
        <tbody>
          {phases.map((p) => (
            <tr key={p.key} aria-current={p.key === current ? "step" : undefined}>
              <th scope="row">{t(`phases.${p.key}`)} {p.key === current ? t("phases.current") : ""}</th>
              <td>{p.plannedStart} – {p.plannedEnd}</td>
              <td>{p.actualStart ?? "—"} – {p.actualEnd ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {mayEdit ? phases.map((p) => (
        <details key={p.key}>
          <summary>{t("phases.edit", { phase: t(`phases.${p.key}`) })}</summary>
          <Form method="post" className="inline-fields">
            <input type="hidden" name="intent" value="phase" />
            <input type="hidden" name="key" value={p.key} />
            {(["plannedStart", "plannedEnd", "actualStart", "actualEnd"] as const).map((f) => (
              <div className="field" key={f}>
                <label htmlFor={`${p.key}-${f}`}>{t(`phases.${f}`)}</label>
                <input id={`${p.key}-${f}`} type="date" name={f} defaultValue={p[f] ?? ""} required={f.startsWith("planned")} />
              </div>
            ))}
            <p className="actions"><button type="submit">{t("phases.save")}</button></p>
          </Form>
        </details>
      )) : null}
    </section>
  );
}
