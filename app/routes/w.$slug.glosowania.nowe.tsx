import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumb } from "~/components/breadcrumb";
import { PollForm } from "~/components/voting/PollForm";
import { guard } from "~/lib/guard.server";
import { packageRows } from "~/lib/projects/package.server";
import { VoteError } from "~/lib/voting/errors";
import { pollFormSchema } from "~/lib/voting/forms";
import { createPoll, loadPartnershipPolls } from "~/lib/voting/polls.server";

export const meta: MetaFunction = () => [{ title: "Nowe głosowanie — Wspólnie" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { partnership } = await guard({ request, context }, "poll.manage", (db) => loadPartnershipPolls(db, params.slug));
  const rows = await packageRows(context.database.db, partnership.id);
  return {
    partnership: { slug: partnership.slug, name: partnership.name },
    candidates: rows.map((r) => ({ id: r.id, title: r.title, maturity: r.maturity })),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { partnership, auth } = await guard({ request, context }, "poll.manage", (db) => loadPartnershipPolls(db, params.slug));
  const submission = parseWithZod(await request.formData(), { schema: pollFormSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  try {
    const poll = await createPoll(context.database.db, partnership.id, submission.value, auth.user.id);
    return redirect(`/w/${partnership.slug}/glosowania/${poll.id}`);
  } catch (error) {
    if (error instanceof VoteError) return data(submission.reply({ fieldErrors: { candidates: [`voting:${error.key}`] } }), { status: error.status });
    throw error;
  }
}

export default function NewPoll() {
  const { partnership, candidates } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("voting");
  const base = `/w/${partnership.slug}/glosowania`;
  return (
    <div className="page">
      <Breadcrumb partnership={partnership} trail={[{ to: base, label: t("list.title") }]} />
      <h1>{t("form.newTitle")}</h1>
      <PollForm lastResult={lastResult} candidates={candidates} cancelTo={base} />
    </div>
  );
}
