/**
 * The poll page's data and form actions, so the route stays guard → lib → return. Dates are formatted here in
 * Polish time; a voter's own choice is shown only for an open ballot (a secret one is not known to the platform).
 */
import { parseWithZod } from "@conform-to/zod";
import type { Db } from "../../../db/client";
import type { CollabHandle } from "../../load-context";
import { can, type Actor } from "../policy";
import { formatGrosze } from "../projects/money";
import { formatDateTimeWarsaw, isoWithOffset, type TimeLocale } from "../sessions/time";
import { castBallot, hasVoted, ownOpenChoice } from "./ballots.server";
import { VoteError } from "./errors";
import { ballotFormSchema } from "./forms";
import { afterOpened, announcePoll } from "./live.server";
import { adoptWinner, closePoll, openPoll, type LoadedPoll } from "./polls.server";
import type { BallotChoice } from "./tally";
import { pollPageView } from "./view.server";

export async function pollPageData(db: Db, loaded: LoadedPoll, actor: Actor, locale: TimeLocale) {
  const { poll, partnership, resource } = loaded;
  const view = await pollPageView(db, poll);
  const when = (d: Date | null) => (d ? { iso: isoWithOffset(d), text: formatDateTimeWarsaw(d, locale) } : null);
  const titles = new Map(view.candidates.map((c) => [c.id, c.title]));
  const describe = (c: BallotChoice) =>
    "choice" in c ? (titles.get(c.choice) ?? "") : view.candidates.map((x) => `${x.title}: ${c.scores[x.id] ?? "—"}`).join("; ");
  const voted = await hasVoted(db, poll.id, actor.userId);
  const own = poll.secret ? null : await ownOpenChoice(db, poll.id, actor.userId);
  const result = view.result;
  return {
    partnership: { slug: partnership.slug, name: partnership.name },
    poll: {
      id: poll.id,
      title: poll.title,
      description: poll.description,
      status: poll.status,
      method: poll.method,
      secret: poll.secret,
      liveResults: poll.liveResults,
      quorumPercent: Math.round(poll.quorum * 100),
      opensAt: when(poll.opensAt ?? poll.openedAt),
      closesAt: when(poll.closedAt ?? poll.closesAt),
      adopted: poll.adoptedProjectId
        ? { title: titles.get(poll.adoptedProjectId) ?? "", by: view.adoptedByName ?? "", at: when(poll.adoptedAt)?.text ?? "" }
        : null,
    },
    candidates: view.candidates.map((c) => ({ ...c, totalCost: c.totalCost === null ? "—" : formatGrosze(c.totalCost, locale) })),
    voters: view.voters,
    turnout: view.turnout,
    result: result && {
      quorumMet: result.quorumMet,
      tie: result.tie,
      winner: result.winner ? (titles.get(result.winner) ?? null) : null,
      candidates: result.candidates.map((c) => ({ ...c, title: titles.get(c.id) ?? "" })),
      receipts: poll.status === "closed" ? result.receipts : [],
      ballots: poll.secret || !result.ballots ? null : result.ballots.map((b) => ({ voter: b.voter, choice: describe(b.choice) })),
    },
    me: {
      eligible: voted !== null,
      voted: voted === true,
      mayVote: voted !== null && poll.status === "open",
      own: own ? { receipt: own.receipt, choice: describe(own.choice), value: own.choice } : null,
      mayManage: can(actor, "poll.manage", resource),
      mayAdopt: can(actor, "poll.manage", resource) && poll.status === "closed" && !poll.adoptedProjectId && Boolean(result?.winner),
    },
  };
}

export type PollActionResult =
  | { ok: true; message: string; receipt?: string; changed?: boolean }
  | { ok: false; error: string; status: number; submission?: unknown };

/** The page's POST intents: vote, open, close, adopt. Errors come back as "voting:…" keys. */
export async function pollPageAction(db: Db, events: Pick<CollabHandle, "toPartnership" | "toUser">, loaded: LoadedPoll, actor: Actor, form: FormData): Promise<PollActionResult> {
  const { poll, resource } = loaded;
  const intent = String(form.get("intent") ?? "");
  try {
    if (intent === "vote") {
      const submission = parseWithZod(form, { schema: ballotFormSchema });
      if (submission.status !== "success") return { ok: false, error: "voting:errors.invalidBallot", status: 400, submission: submission.reply() };
      const v = submission.value;
      const ballot = poll.method === "single" ? { choice: v.choice } : { scores: v.score ?? {} };
      const { receipt, changed } = await castBallot(db, poll.id, actor.userId, { ballot, receipt: v.receipt });
      announcePoll(events, poll);
      return { ok: true, message: changed ? "voting:vote.changed" : "voting:vote.cast", receipt, changed };
    }
    if (!can(actor, "poll.manage", resource)) return { ok: false, error: "common:errors.forbidden", status: 403 };
    if (intent === "open") {
      await openPoll(db, poll.id, actor.userId);
      await afterOpened(db, events, poll);
      return { ok: true, message: "voting:manage.opened" };
    }
    if (intent === "close") {
      await closePoll(db, poll.id, actor.userId);
      announcePoll(events, poll);
      return { ok: true, message: "voting:manage.closed" };
    }
    if (intent === "adopt") {
      await adoptWinner(db, poll.id, actor.userId);
      announcePoll(events, poll);
      return { ok: true, message: "voting:manage.adoptedDone" };
    }
    return { ok: false, error: "common:errors.badRequest", status: 400 };
  } catch (error) {
    if (error instanceof VoteError) return { ok: false, error: `voting:${error.key}`, status: error.status };
    throw error;
  }
}
