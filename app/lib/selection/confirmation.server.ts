/** The PDF confirmation of a submitted information form, through the shared print renderer (app/lib/print). */
import type { Db } from "../../../db/client";
import { createI18n, type Locale } from "../../i18n";
import { formatDateTime } from "../format";
import type { PrintDocument } from "../print/model";
import { renderPdf } from "../print/pdf.server";
import { voivodeshipRegister } from "./calls.server";
import type { CallRow } from "./calls.server";
import { formalCriteria } from "./criteria";
import type { FormRow } from "./forms.server";
import { listFormAttachments } from "./forms.server";
import { derivedIntegrationType } from "./rules";
import { fileDownload } from "~/lib/download";

export async function confirmationDocument(db: Db, form: FormRow, call: CallRow, applicantName: string, locale: Locale): Promise<PrintDocument> {
  const t = createI18n(locale).t;
  const register = await voivodeshipRegister(db, form.voivodeshipTeryt);
  const unit = (teryt: string) => `${register.get(teryt)?.name ?? teryt} (${teryt})`;
  const type = derivedIntegrationType(form.memberTeryts);
  const attachments = await listFormAttachments(db, form.id);
  return {
    language: locale,
    title: `${t("selection:form.title")}: ${form.name}`,
    subtitle: call.name,
    facts: [
      { label: t("selection:home.voivodeship"), value: register.get(form.voivodeshipTeryt)?.name ?? form.voivodeshipTeryt },
      { label: t("selection:form.applicant", { name: "" }).replace(/:\s*$/, ""), value: applicantName },
      { label: t("selection:status.submitted"), value: form.submittedAt ? formatDateTime(form.submittedAt, locale) : "—" },
      { label: "ID", value: form.id },
    ],
    blocks: [
      { type: "heading", level: 2, text: t("selection:form.members") },
      { type: "list", ordered: false, items: form.memberTeryts.map(unit) },
      { type: "facts", items: [
        { label: t("selection:form.integration"), value: type ? t(`common:integration.${type}`) : "—" },
        { label: t("selection:form.leadJst"), value: form.leadTeryt ? unit(form.leadTeryt) : "—" },
        { label: t("selection:form.areaType"), value: form.areaType ? t(`selection:area.${form.areaType}`) : "—" },
      ] },
      { type: "heading", level: 2, text: t("selection:form.idea") },
      { type: "paragraph", text: form.idea || "—" },
      { type: "heading", level: 2, text: t("selection:form.functionalLinks") },
      { type: "paragraph", text: form.functionalLinks || "—" },
      { type: "heading", level: 2, text: t("selection:form.priorCooperation") },
      { type: "paragraph", text: form.priorCooperation || "—" },
      { type: "heading", level: 2, text: t("selection:form.declarations") },
      {
        type: "list",
        ordered: false,
        items: formalCriteria(call.criteria).map((c) => `${form.declarations.includes(c.key) ? "[x]" : "[ ]"} ${c.key.slice(1)}. ${c[locale]}`),
      },
      { type: "heading", level: 2, text: t("selection:form.coordinator") },
      { type: "paragraph", text: `${form.coordinatorName} <${form.coordinatorEmail}>` },
      { type: "heading", level: 2, text: t("selection:form.attachments") },
      { type: "list", ordered: false, items: attachments.length ? attachments.map((a) => `${t(`selection:attachmentKind.${a.kind}`)}: ${a.fileName}`) : ["—"] },
    ],
    footer: `Wspólnie — ${formatDateTime(new Date(), locale)}`,
  };
}

export async function confirmationResponse(db: Db, form: FormRow, call: CallRow, applicantName: string, locale: Locale): Promise<Response> {
  const pdf = await renderPdf(await confirmationDocument(db, form, call, applicantName, locale));
  return fileDownload(Buffer.from(pdf), "pdf", "potwierdzenie-formularza.pdf");
}
