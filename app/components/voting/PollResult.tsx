import { useTranslation } from "react-i18next";

export interface PollResultView {
  quorumMet: boolean;
  tie: boolean;
  winner: string | null;
  candidates: ({ id: string; title: string; votes: number } | { id: string; title: string; mean: number; median: number })[];
  receipts: string[];
  ballots: { voter: string; choice: string }[] | null;
}

/** The result of a poll: the table, quorum, tie or winner, the sorted receipts, and who voted how (open ballots). */
export function PollResult({ result, live, locale }: { result: PollResultView; live: boolean; locale: string }) {
  const { t } = useTranslation("voting");
  const number = (n: number) => n.toLocaleString(locale === "en" ? "en-GB" : "pl-PL", { maximumFractionDigits: 2 });
  const scores = result.candidates.some((c) => "mean" in c);
  return (
    <>
      <table data-testid="poll-result">
        <caption>{live ? t("poll.liveResult") : t("poll.resultCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("poll.resultColumns.project")}</th>
            {scores ? (
              <>
                <th scope="col">{t("poll.resultColumns.mean")}</th>
                <th scope="col">{t("poll.resultColumns.median")}</th>
              </>
            ) : (
              <th scope="col">{t("poll.resultColumns.votes")}</th>
            )}
          </tr>
        </thead>
        <tbody>
          {result.candidates.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.title}</th>
              {"mean" in c ? (
                <>
                  <td>{number(c.mean)}</td>
                  <td>{number(c.median)}</td>
                </>
              ) : (
                <td>{c.votes}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {live ? null : (
        <p data-testid="poll-verdict">
          {result.quorumMet ? t("poll.quorumMet") : t("poll.quorumNotMet")} {result.tie ? t("poll.tie") : null}{" "}
          {result.winner ? t("poll.winner", { title: result.winner }) : null}
        </p>
      )}
      {result.receipts.length > 0 ? (
        <>
          <h3>{t("poll.receiptsTitle")}</h3>
          <p>{t("poll.receiptsLead")}</p>
          <ul className="receipts" data-testid="receipts">
            {result.receipts.map((r) => (
              <li key={r}>
                <code>{r}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {result.ballots ? (
        <table>
          <caption>{t("poll.ballotsTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("poll.ballotsColumns.voter")}</th>
              <th scope="col">{t("poll.ballotsColumns.choice")}</th>
            </tr>
          </thead>
          <tbody>
            {result.ballots.map((b) => (
              <tr key={b.voter}>
                <th scope="row">{b.voter}</th>
                <td>{b.choice}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
