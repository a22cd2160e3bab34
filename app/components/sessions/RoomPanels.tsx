import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { useFetcher } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrors, useErrorText } from "~/components/form-fields";
import type { Locale } from "~/i18n";
import { decisionSchema, phoneAttendeeSchema } from "~/lib/sessions/forms";
import { formatClock, formatDateTimeWarsaw } from "~/lib/sessions/time";

export interface AgendaItem {
  id: string;
  position: number;
  title: string;
  link: { kind: "strategy_section" | "project"; label: { pl: string; en: string } | null; href: string | null } | null;
}

/** A refusal from a room action, read out where it happened. */
function Refusal({ data }: { data: unknown }) {
  const error = data && typeof data === "object" && "error" in data && typeof data.error === "string" ? data.error : null;
  return error ? (
    <p className="form-error" role="alert">
      {error}
    </p>
  ) : null;
}

export function AgendaPanel({ agenda, currentId, canMove, locale }: { agenda: AgendaItem[]; currentId: string | null; canMove: boolean; locale: Locale }) {
  const { t } = useTranslation("sessions");
  const fetcher = useFetcher({ key: "agenda-item" });
  const index = agenda.findIndex((a) => a.id === currentId);
  const move = (itemId: string | null, label: string, text: string, key: string) => (
    <fetcher.Form method="post" key={key} className="inline-form">
      <input type="hidden" name="intent" value="item" />
      <input type="hidden" name="itemId" value={itemId ?? ""} />
      <button type="submit" className="button button--secondary" aria-label={label}>
        {text}
      </button>
    </fetcher.Form>
  );
  return (
    <section aria-labelledby="agenda-title" className="meeting-agenda">
      <h2 id="agenda-title">{t("room.agenda")}</h2>
      {agenda.length === 0 ? <p className="empty-state">{t("room.agendaEmpty")}</p> : null}
      <ol className="meeting-agenda__list">
        {agenda.map((item) => {
          const current = item.id === currentId;
          const label = item.link?.label?.[locale] ?? t("room.unnamedProject");
          return (
            <li key={item.id} aria-current={current ? "step" : undefined} className={current ? "meeting-agenda__item meeting-agenda__item--current" : "meeting-agenda__item"} data-testid="agenda-item">
              <span className="meeting-agenda__title">{item.title}</span>
              {current ? <strong className="badge"> {t("room.current")}</strong> : null}
              {item.link ? (
                <span className="meeting-agenda__link">
                  {" "}
                  ·{" "}
                  {item.link.href ? (
                    <a href={item.link.href}>{t(item.link.kind === "project" ? "room.linkProject" : "room.linkSection", { label })}</a>
                  ) : (
                    t(item.link.kind === "project" ? "room.linkProject" : "room.linkSection", { label })
                  )}
                </span>
              ) : null}
              {canMove && !current ? move(item.id, t("room.goToLabel", { number: item.position, title: item.title }), t("room.goTo"), `go-${item.id}`) : null}
            </li>
          );
        })}
      </ol>
      {canMove && agenda.length > 0 ? (
        <div className="actions">
          {index > 0 ? move(agenda[index - 1].id, t("room.previous"), t("room.previous"), "prev") : null}
          {index < agenda.length - 1 ? move(agenda[index + 1].id, t("room.next"), t("room.next"), "next") : null}
        </div>
      ) : null}
      <Refusal data={fetcher.data} />
    </section>
  );
}

export interface DecisionItem {
  id: string;
  agendaItemId: string | null;
  text: string;
  recordedByName: string;
  createdAt: string;
}

export function DecisionsPanel({ decisions, agenda, currentId, canRecord, locale }: { decisions: DecisionItem[]; agenda: AgendaItem[]; currentId: string | null; canRecord: boolean; locale: Locale }) {
  const { t } = useTranslation("sessions");
  const fetcher = useFetcher<unknown>({ key: "decision" });
  const text = useErrorText();
  const lastResult = fetcher.data && typeof fetcher.data === "object" && "status" in fetcher.data ? (fetcher.data as SubmissionResult<string[]>) : undefined;
  const [form, fields] = useForm({
    id: "decision-form",
    lastResult,
    defaultValue: { agendaItemId: currentId ?? "" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: decisionSchema }),
    shouldValidate: "onSubmit",
  });
  const itemTitle = new Map(agenda.map((a) => [a.id, `${a.position}. ${a.title}`]));
  return (
    <section aria-labelledby="decisions-title" className="meeting-decisions">
      <h2 id="decisions-title">{t("room.decisions")}</h2>
      {decisions.length === 0 ? <p className="empty-state">{t("room.decisionsEmpty")}</p> : null}
      <ol className="meeting-decisions__list" data-testid="decisions">
        {decisions.map((d) => (
          <li key={d.id}>
            <p className="meeting-decisions__text">{d.text}</p>
            <p className="meeting-decisions__meta">
              {d.agendaItemId && itemTitle.get(d.agendaItemId) ? `${itemTitle.get(d.agendaItemId)} · ` : ""}
              {t("room.recordedBy", { name: d.recordedByName, at: formatDateTimeWarsaw(d.createdAt, locale) })}
            </p>
          </li>
        ))}
      </ol>
      {canRecord ? (
        <fetcher.Form method="post" className="form" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="decision" />
          <FormErrors id={form.errorId} errors={form.errors} />
          <div className="field">
            <label htmlFor={fields.text.id}>{t("room.decisionText")}</label>
            <textarea {...getTextareaProps(fields.text)} key={fields.text.key} rows={3} aria-describedby={fields.text.errors?.length ? fields.text.errorId : undefined} />
            {fields.text.errors?.length ? (
              <p id={fields.text.errorId} className="field-error">
                {fields.text.errors.map(text).join(" ")}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor={fields.agendaItemId.id}>{t("room.decisionItem")}</label>
            <select {...getSelectProps(fields.agendaItemId)} key={`${fields.agendaItemId.key}-${currentId}`} defaultValue={currentId ?? ""}>
              <option value="">{t("room.decisionNoItem")}</option>
              {agenda.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.position}. {a.title}
                </option>
              ))}
            </select>
          </div>
          <p className="actions">
            <button type="submit" className="button" disabled={fetcher.state !== "idle"}>
              {t("room.recordDecision")}
            </button>
          </p>
        </fetcher.Form>
      ) : null}
    </section>
  );
}

export interface AttendanceItem {
  attendeeId: string | null;
  name: string;
  byPhone: boolean;
  intervals: { from: string; to: string }[];
  minutes: number;
  approvedAt: string | null;
}

export function AttendancePanel({
  attendance,
  canEditPhone,
  members,
  locale,
}: {
  attendance: AttendanceItem[];
  canEditPhone: boolean;
  members: { id: string; name: string }[];
  locale: Locale;
}) {
  const { t } = useTranslation("sessions");
  const remover = useFetcher({ key: "phone-remove" });
  return (
    <section aria-labelledby="attendance-title" className="meeting-attendance">
      <h2 id="attendance-title">{t("room.attendance")}</h2>
      <p className="field-hint">{t("room.attendanceLead")}</p>
      {attendance.length === 0 ? (
        <p className="empty-state">{t("room.attendanceEmpty")}</p>
      ) : (
        <table data-testid="attendance">
          <caption className="visually-hidden">{t("room.attendanceCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("room.person")}</th>
              <th scope="col">{t("room.times")}</th>
              <th scope="col">{t("room.total")}</th>
              <th scope="col">{t("room.how")}</th>
              {canEditPhone ? <td /> : null}
            </tr>
          </thead>
          <tbody>
            {attendance.map((a) => (
              <tr key={a.attendeeId ?? a.name} data-testid="attendance-row">
                <th scope="row">{a.name}</th>
                <td>{a.intervals.map((i) => `${formatClock(i.from)}–${formatClock(i.to)}`).join(", ")}</td>
                <td>{t("list.minutes", { count: a.minutes })}</td>
                <td>
                  {t(a.byPhone ? "room.byPhone" : "room.inRoom")}
                  {a.approvedAt ? `; ${t("room.approved", { at: formatDateTimeWarsaw(a.approvedAt, locale) })}` : ""}
                </td>
                {canEditPhone ? (
                  <td>
                    {a.byPhone && a.attendeeId ? (
                      <remover.Form method="post">
                        <input type="hidden" name="intent" value="removePhone" />
                        <input type="hidden" name="attendeeId" value={a.attendeeId} />
                        <button type="submit" className="button button--secondary" aria-label={t("room.phoneRemoveLabel", { name: a.name })}>
                          {t("room.phoneRemove")}
                        </button>
                      </remover.Form>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Refusal data={remover.data} />
      {canEditPhone ? <PhoneForm members={members} /> : null}
    </section>
  );
}

function PhoneForm({ members }: { members: { id: string; name: string }[] }) {
  const { t } = useTranslation("sessions");
  const fetcher = useFetcher<unknown>({ key: "phone" });
  const text = useErrorText();
  const lastResult = fetcher.data && typeof fetcher.data === "object" && "status" in fetcher.data ? (fetcher.data as SubmissionResult<string[]>) : undefined;
  const [form, fields] = useForm({
    id: "phone-form",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: phoneAttendeeSchema }),
    shouldValidate: "onSubmit",
  });
  const error = (f: { errors?: string[]; errorId: string }) =>
    f.errors?.length ? (
      <p id={f.errorId} className="field-error">
        {f.errors.map(text).join(" ")}
      </p>
    ) : null;
  return (
    <fetcher.Form method="post" className="form meeting-phone" {...getFormProps(form)}>
      <h3>{t("room.phoneTitle")}</h3>
      <input type="hidden" name="intent" value="phone" />
      <FormErrors id={form.errorId} errors={form.errors} />
      <div className="field">
        <label htmlFor={fields.userId.id}>{t("room.phoneMember")}</label>
        <select {...getSelectProps(fields.userId)} key={fields.userId.key}>
          <option value="">{t("room.phoneNoMember")}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={fields.name.id}>{t("room.phoneName")}</label>
        <input {...getInputProps(fields.name, { type: "text" })} key={fields.name.key} aria-describedby={fields.name.errors?.length ? fields.name.errorId : undefined} />
        {error(fields.name)}
      </div>
      <div className="meeting-form__when">
        <div className="field">
          <label htmlFor={fields.from.id}>{t("room.phoneFrom")}</label>
          <input {...getInputProps(fields.from, { type: "time" })} key={fields.from.key} aria-describedby={fields.from.errors?.length ? fields.from.errorId : undefined} />
          {error(fields.from)}
        </div>
        <div className="field">
          <label htmlFor={fields.to.id}>{t("room.phoneTo")}</label>
          <input {...getInputProps(fields.to, { type: "time" })} key={fields.to.key} aria-describedby={fields.to.errors?.length ? fields.to.errorId : undefined} />
          {error(fields.to)}
        </div>
      </div>
      <p className="actions">
        <button type="submit" className="button button--secondary">
          {t("room.phoneAdd")}
        </button>
      </p>
    </fetcher.Form>
  );
}

/** A destructive button that asks for a second click (the Epic Stack's double check). */
export function ConfirmButton({ intent, label, confirm }: { intent: string; label: string; confirm: string }) {
  const fetcher = useFetcher({ key: intent });
  const [armed, setArmed] = useState(false);
  return (
    <fetcher.Form method="post" className="inline-form">
      <input type="hidden" name="intent" value={intent} />
      <button
        type={armed ? "submit" : "button"}
        className="button"
        onClick={(event) => {
          if (armed) return;
          event.preventDefault();
          setArmed(true);
        }}
        onBlur={() => setArmed(false)}
      >
        {armed ? confirm : label}
      </button>
      <Refusal data={fetcher.data} />
    </fetcher.Form>
  );
}

export function IntentButton({ intent, label, secondary = false }: { intent: string; label: string; secondary?: boolean }) {
  const fetcher = useFetcher({ key: intent });
  return (
    <fetcher.Form method="post" className="inline-form">
      <input type="hidden" name="intent" value={intent} />
      <button type="submit" className={secondary ? "button button--secondary" : "button"} disabled={fetcher.state !== "idle"}>
        {label}
      </button>
      <Refusal data={fetcher.data} />
    </fetcher.Form>
  );
}
