import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumb } from "~/components/breadcrumb";
import { MeetingForm } from "~/components/sessions/MeetingForm";
import { guard } from "~/lib/guard.server";
import { loadPartnership } from "~/lib/partnerships.server";
import { getLocale } from "~/lib/request.server";
import { meetingFormSchema } from "~/lib/sessions/forms";
import { announceMeeting } from "~/lib/sessions/live.server";
import { createMeeting } from "~/lib/sessions/meetings.server";
import { linkChoices } from "~/lib/sessions/pages.server";

export const meta: MetaFunction = () => [{ title: "Nowe posiedzenie — Wspólnie" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { partnership } = await guard({ request, context }, "meeting.manage", (db) => loadPartnership(db, params.slug));
  return {
    partnership: { slug: partnership.slug, name: partnership.name },
    choices: await linkChoices(context.database.db, partnership, getLocale(request)),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { partnership, auth } = await guard({ request, context }, "meeting.manage", (db) => loadPartnership(db, params.slug));
  const submission = parseWithZod(await request.formData(), { schema: meetingFormSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const meeting = await createMeeting(context.database.db, partnership.id, submission.value, auth.user.id);
  announceMeeting(context.collab, meeting);
  return redirect(`/w/${partnership.slug}/posiedzenia/${meeting.id}`);
}

export default function NewMeeting() {
  const { partnership, choices } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("sessions");
  const base = `/w/${partnership.slug}/posiedzenia`;
  return (
    <div className="page">
      <Breadcrumb partnership={partnership} trail={[{ to: base, label: t("list.title") }]} />
      <h1>{t("form.newTitle")}</h1>
      <MeetingForm
        lastResult={lastResult}
        defaultValue={{ body: "working_group", time: "10:00", durationMinutes: "90", agenda: [{ title: "", link: "" }] }}
        choices={choices}
        submitLabel={t("form.create")}
        cancelTo={base}
      />
    </div>
  );
}
