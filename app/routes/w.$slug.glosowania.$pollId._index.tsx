import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useRevalidator } from "@remix-run/react";
import type { SubmissionResult } from "@conform-to/react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Breadcrumb } from "~/components/breadcrumb";
import { BallotForm } from "~/components/voting/BallotForm";
import { PollResult } from "~/components/voting/PollResult";
import { useErrorText } from "~/components/form-fields";
import { subscribe } from "~/lib/collab/client";
import { guard } from "~/lib/guard.server";
import { getLocale } from "~/lib/request.server";
import { pollPageAction, pollPageData } from "~/lib/voting/page.server";
import { loadPoll } from "~/lib/voting/polls.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.poll.title ?? ""} — ${data?.partnership.name ?? ""} — Wspólnie` }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const loaded = await guard({ request, context }, "poll.read", (db) => loadPoll(db, params.pollId, params.slug));
  const locale = getLocale(request);
  return { ...(await pollPageData(context.database.db, loaded, loaded.auth.actor, locale)), locale };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const loaded = await guard({ request, context }, "poll.read", (db) => loadPoll(db, params.pollId, params.slug));
  const result = await pollPageAction(context.database.db, context.collab, loaded, loaded.auth.actor, await request.formData());
  return data(result, { status: result.ok ? 200 : result.status });
}

export default function PollPage() {
  const { partnership, poll, candidates, voters, turnout, result, me, locale } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const { t } = useTranslation("voting");
  const text = useErrorText();
  const { revalidate } = useRevalidator();
  useEffect(() => subscribe("poll.changed", (event) => (event.pollId === poll.id ? revalidate() : undefined)), [poll.id, revalidate]);
  const base = `/w/${partnership.slug}/glosowania`;
  const manage = (intent: string, label: string) => (
    <Form method="post" style={{ display: "inline" }}>
      <input type="hidden" name="intent" value={intent} />
      <button type="submit">{label}</button>
    </Form>
  );
  return (
    <div className="page">
      <Breadcrumb partnership={partnership} trail={[{ to: base, label: t("list.title") }]} />
      <h1>{poll.title}</h1>
      <p>
        <strong data-testid="poll-status">{t(`status.${poll.status}`)}</strong> · {t(`method.${poll.method}`)} · {t(poll.secret ? "ballot.secret" : "ballot.open")}
      </p>
      {poll.description ? <p style={{ whiteSpace: "pre-line" }}>{poll.description}</p> : null}
      {outcome ? (
        <div role={outcome.ok ? "status" : "alert"} className={outcome.ok ? "flash" : "form-error"} data-testid="poll-flash">
          {outcome.ok ? t(outcome.message.replace(/^voting:/, ""), { receipt: outcome.receipt }) : text(outcome.error)}
          {outcome.ok && outcome.receipt ? (
            <>
              {" "}
              <code data-testid="receipt">{outcome.receipt}</code>
            </>
          ) : null}
        </div>
      ) : null}

      <section aria-labelledby="facts">
        <h2 id="facts">{t("poll.facts")}</h2>
        <dl>
          <dt>{t("poll.quorum")}</dt>
          <dd>{t("poll.quorumValue", { percent: poll.quorumPercent })}</dd>
          <dt>{t("poll.opens")}</dt>
          <dd>{poll.opensAt ? <time dateTime={poll.opensAt.iso}>{poll.opensAt.text}</time> : t("poll.byHand")}</dd>
          <dt>{t("poll.closes")}</dt>
          <dd>{poll.closesAt ? <time dateTime={poll.closesAt.iso}>{poll.closesAt.text}</time> : t("poll.byHand")}</dd>
        </dl>
      </section>

      <section aria-labelledby="candidates">
        <h2 id="candidates">{t("poll.candidates")}</h2>
        <table>
          <caption className="visually-hidden">{t("poll.candidatesCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("poll.columns.project")}</th>
              <th scope="col">{t("poll.columns.maturity")}</th>
              <th scope="col">{t("poll.columns.cost")}</th>
              <th scope="col">{t("poll.columns.feasibility")}</th>
            </tr>
          </thead>
          <tbody>
            {candidates.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link to={`/w/${partnership.slug}/projekty/${c.id}`}>{c.title}</Link>
                </th>
                <td>{c.maturity}</td>
                <td>{c.totalCost}</td>
                <td>{t(`feasibility.${c.feasibility}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="turnout">
        <h2 id="turnout">{t("poll.turnoutTitle")}</h2>
        <p aria-live="polite" data-testid="turnout">
          {t("poll.turnout", { voted: turnout.voted, eligible: turnout.eligible })}
        </p>
      </section>

      {poll.status === "open" ? (
        <section aria-labelledby="vote">
          <h2 id="vote">{t("vote.title")}</h2>
          {!me.eligible ? (
            <p data-testid="not-eligible">{t("vote.notEligible")}</p>
          ) : (
            <>
              {me.voted ? <p>{me.own ? t("vote.yourChoice", { choice: me.own.choice, receipt: me.own.receipt }) : t("vote.voted")}</p> : null}
              <BallotForm
                method={poll.method}
                secret={poll.secret}
                voted={me.voted}
                candidates={candidates}
                lastResult={outcome && !outcome.ok && "submission" in outcome ? (outcome.submission as unknown as SubmissionResult<string[]>) : null}
              />
            </>
          )}
        </section>
      ) : null}

      {me.mayManage ? (
        <section aria-labelledby="manage">
          <h2 id="manage">{t("manage.title")}</h2>
          <p>
            {poll.status === "draft" ? manage("open", t("manage.open")) : null}
            {poll.status === "open" ? manage("close", t("manage.close")) : null}
            {me.mayAdopt ? manage("adopt", t("manage.adopt")) : null}
          </p>
        </section>
      ) : null}

      <section aria-labelledby="result">
        <h2 id="result">{t("poll.resultTitle")}</h2>
        {result ? <PollResult result={result} live={poll.status !== "closed"} locale={locale} /> : <p>{t("poll.noResult")}</p>}
        {poll.adopted ? <p data-testid="adopted">{t("poll.adopted", poll.adopted)}</p> : null}
        {poll.status === "closed" ? (
          <p>
            <a href={`${base}/${poll.id}/protokol.docx`} download>
              {t("poll.minutesDocx")}
            </a>{" "}
            ·{" "}
            <a href={`${base}/${poll.id}/protokol.pdf`} download>
              {t("poll.minutesPdf")}
            </a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="voters">
        <h2 id="voters">{t("poll.votersTitle")}</h2>
        {voters.length === 0 ? (
          <p>{t("poll.noVoters")}</p>
        ) : (
          <table>
            <caption className="visually-hidden">{t("poll.votersCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("poll.votersColumns.name")}</th>
                <th scope="col">{t("poll.votersColumns.represents")}</th>
                <th scope="col">{t("poll.votersColumns.voted")}</th>
              </tr>
            </thead>
            <tbody>
              {voters.map((v, i) => (
                <tr key={`${v.name}-${i}`}>
                  <th scope="row">{v.name}</th>
                  <td>{v.represents}</td>
                  <td>{v.voted ? t("poll.yes") : t("poll.no")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
