import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumb } from "~/components/breadcrumb";
import { MeetingForm } from "~/components/sessions/MeetingForm";
import { guard } from "~/lib/guard.server";
import { getLocale, getServerT } from "~/lib/request.server";
import { MeetingError } from "~/lib/sessions/errors";
import { meetingFormSchema } from "~/lib/sessions/forms";
import { announceMeeting } from "~/lib/sessions/live.server";
import { agendaOf, loadMeeting, updateMeeting } from "~/lib/sessions/meetings.server";
import { formDefaults, linkChoices } from "~/lib/sessions/pages.server";

export const meta: MetaFunction = () => [{ title: "Zmiana planu posiedzenia — Wspólnie" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { meeting, partnership } = await guard({ request, context }, "meeting.manage", (db) => loadMeeting(db, params.meetingId, params.slug));
  const db = context.database.db;
  return {
    partnership: { slug: partnership.slug, name: partnership.name },
    meeting: { id: meeting.id, title: meeting.title, closed: meeting.status === "closed" },
    defaults: formDefaults(meeting, await agendaOf(db, meeting, partnership.slug)),
    choices: await linkChoices(db, partnership, getLocale(request)),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { meeting, partnership } = await guard({ request, context }, "meeting.manage", (db) => loadMeeting(db, params.meetingId, params.slug));
  const submission = parseWithZod(await request.formData(), { schema: meetingFormSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  try {
    await updateMeeting(context.database.db, meeting, submission.value);
  } catch (error) {
    if (!(error instanceof MeetingError)) throw error;
    return data(submission.reply({ formErrors: [getServerT(request)(`sessions:${error.key}`)] }), { status: error.status });
  }
  announceMeeting(context.collab, meeting);
  return redirect(`/w/${partnership.slug}/posiedzenia/${meeting.id}`);
}

export default function EditMeeting() {
  const { partnership, meeting, defaults, choices } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("sessions");
  const room = `/w/${partnership.slug}/posiedzenia/${meeting.id}`;
  return (
    <div className="page">
      <Breadcrumb partnership={partnership} trail={[{ to: `/w/${partnership.slug}/posiedzenia`, label: t("list.title") }, { to: room, label: meeting.title }]} />
      <h1>{t("form.editTitle")}</h1>
      {meeting.closed ? (
        <p className="notice">{t("errors.closed")}</p>
      ) : (
        <MeetingForm lastResult={lastResult} defaultValue={defaults} choices={choices} submitLabel={t("form.save")} cancelTo={room} />
      )}
    </div>
  );
}
