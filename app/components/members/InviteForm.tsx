import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, SelectField, TextField, useSelectsShowPlaceholder } from "~/components/form-fields";
import { inviteSchema } from "~/lib/auth/forms";
import { PARTNERSHIP_ROLES } from "~/lib/policy";
import type { action, MembersLoaderData } from "~/routes/w.$slug.czlonkowie";
import { InvitationLink } from "./InvitationLink";
import { useUnitLabels } from "./labels";

export function InviteForm({ units, groups }: { units: MembersLoaderData["units"]; groups: MembersLoaderData["groups"] }) {
  const { t } = useTranslation("auth");
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const labels = useUnitLabels(units);
  const inviteResult = actionData?.kind === "invite" ? actionData : null;
  const [form, fields] = useForm({
    id: "invite",
    lastResult: inviteResult?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: inviteSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  useSelectsShowPlaceholder(form.id, inviteResult?.result);
  return (
    <section aria-labelledby="invite-title" className="card">
      <h2 id="invite-title">{t("members.inviteTitle")}</h2>
      <p>{t("members.inviteLead")}</p>
      {inviteResult?.message ? (
        <p className="notice" role="status">
          {inviteResult.message}
        </p>
      ) : null}
      {inviteResult?.link ? <InvitationLink link={inviteResult.link} email={inviteResult.linkFor ?? ""} /> : null}
      <Form method="post" className="form" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="intent" value="invite" />
        <TextField field={fields.email} label={t("members.inviteEmail")} type="email" autoComplete="off" />
        <SelectField
          field={fields.role}
          label={t("members.inviteRole")}
          placeholder={t("members.chooseRole")}
          options={PARTNERSHIP_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
        <SelectField
          field={fields.representedTeryt}
          label={t("members.inviteRepresents")}
          placeholder={t("members.chooseUnit")}
          options={units.map((u) => ({ value: u.teryt, label: labels.get(u.teryt) ?? u.name }))}
        />
        {groups.length > 0 ? (
          <fieldset key={fields.workingGroupIds.key}>
            <legend>{t("members.inviteGroups")}</legend>
            {groups.map((g) => (
              <div key={g.id}>
                <input type="checkbox" id={`invite-g-${g.id}`} name={fields.workingGroupIds.name} value={g.id} />{" "}
                <label htmlFor={`invite-g-${g.id}`}>{g.name}</label>
              </div>
            ))}
          </fieldset>
        ) : null}
        <p className="actions">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t("members.inviteSubmit")}
          </button>
        </p>
      </Form>
    </section>
  );
}
