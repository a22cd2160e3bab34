import { describe, expect, it } from "vitest";
import { isValidBallot, tally, type BallotChoice } from "./tally";

const C = ["a", "b", "c"];
const single = (...choices: string[]): BallotChoice[] => choices.map((choice) => ({ choice }));
const scores = (...rows: [number, number, number][]): BallotChoice[] => rows.map(([a, b, c]) => ({ scores: { a, b, c } }));

describe("tally: single choice", () => {
  it("counts votes, ranks most first, names the winner when the quorum is met", () => {
    const t = tally({ method: "single", quorum: 0.5, eligibleCount: 8, candidates: C, ballots: single("a", "b", "a", "c", "a", "c", "a") });
    expect(t.candidates).toEqual([{ id: "a", votes: 4 }, { id: "c", votes: 2 }, { id: "b", votes: 1 }]);
    expect(t).toMatchObject({ voted: 7, turnout: 7 / 8, quorumMet: true, tie: false, winner: "a" });
  });

  it("needs MORE than the quorum share: exactly half is not enough", () => {
    const half = tally({ method: "single", quorum: 0.5, eligibleCount: 4, candidates: C, ballots: single("a", "a") });
    expect(half).toMatchObject({ turnout: 0.5, quorumMet: false, tie: false, winner: null });
    const more = tally({ method: "single", quorum: 0.5, eligibleCount: 4, candidates: C, ballots: single("a", "a", "b") });
    expect(more).toMatchObject({ quorumMet: true, winner: "a" });
  });

  it("shows a tie for first place as a tie, keeps the poll's order among equals, and names no winner", () => {
    const t = tally({ method: "single", quorum: 0.5, eligibleCount: 5, candidates: C, ballots: single("c", "b", "b", "c") });
    expect(t.candidates.map((c) => c.id)).toEqual(["b", "c", "a"]);
    expect(t).toMatchObject({ tie: true, quorumMet: true, winner: null });
  });

  it("with no votes: zero turnout, no quorum, no tie, no winner, every candidate at zero", () => {
    const t = tally({ method: "single", quorum: 0, eligibleCount: 11, candidates: C, ballots: [] });
    expect(t).toEqual({ voted: 0, turnout: 0, quorumMet: false, tie: false, winner: null, candidates: C.map((id) => ({ id, votes: 0 })) });
    expect(tally({ method: "single", quorum: 0.5, eligibleCount: 0, candidates: C, ballots: [] }).turnout).toBe(0);
  });

  it("counts only the current version of a changed ballot (the caller passes current versions) and ignores malformed ones", () => {
    // Voter 1 chose "a", then changed to "b": only "b" is passed; a stray unknown choice is not counted.
    const t = tally({ method: "single", quorum: 0.5, eligibleCount: 3, candidates: C, ballots: [...single("b", "b"), { choice: "zzz" }] });
    expect(t).toMatchObject({ voted: 2, winner: "b", candidates: [{ id: "b", votes: 2 }, { id: "a", votes: 0 }, { id: "c", votes: 0 }] });
  });
});

describe("tally: scores 0–5", () => {
  it("ranks by mean, then median, with means rounded to hundredths", () => {
    const t = tally({ method: "score", quorum: 0.5, eligibleCount: 4, candidates: C, ballots: scores([5, 3, 1], [4, 3, 2], [0, 4, 2]) });
    expect(t.candidates).toEqual([
      { id: "a", mean: 3, median: 4 },
      { id: "b", mean: 3.33, median: 3 },
      { id: "c", mean: 1.67, median: 2 },
    ].sort((x, y) => y.mean - x.mean));
    expect(t).toMatchObject({ winner: "b", tie: false, quorumMet: true });
  });

  it("breaks an equal mean by the median", () => {
    // a: 0,3,3 → mean 2, median 3; b: 2,2,2 → mean 2, median 2.
    const t = tally({ method: "score", quorum: 0.5, eligibleCount: 3, candidates: C, ballots: scores([0, 2, 0], [3, 2, 1], [3, 2, 1]) });
    expect(t.candidates.slice(0, 2)).toEqual([{ id: "a", mean: 2, median: 3 }, { id: "b", mean: 2, median: 2 }]);
    expect(t).toMatchObject({ tie: false, winner: "a" });
  });

  it("is a tie when mean and median are both equal; the median of an even count is the middle average", () => {
    const t = tally({ method: "score", quorum: 0.5, eligibleCount: 3, candidates: C, ballots: scores([4, 5, 0], [5, 4, 1]) });
    expect(t.candidates.slice(0, 2)).toEqual([{ id: "a", mean: 4.5, median: 4.5 }, { id: "b", mean: 4.5, median: 4.5 }]);
    expect(t).toMatchObject({ tie: true, winner: null });
  });

  it("with no votes: means and medians zero, no winner", () => {
    const t = tally({ method: "score", quorum: 0.5, eligibleCount: 3, candidates: C, ballots: [] });
    expect(t).toMatchObject({ voted: 0, tie: false, winner: null, quorumMet: false });
    expect(t.candidates).toEqual(C.map((id) => ({ id, mean: 0, median: 0 })));
  });
});

describe("isValidBallot", () => {
  it("accepts a known choice, or a whole 0–5 score for every candidate, and nothing else", () => {
    expect(isValidBallot("single", C, { choice: "a" })).toBe(true);
    expect(isValidBallot("single", C, { choice: "x" })).toBe(false);
    expect(isValidBallot("single", C, { scores: { a: 1, b: 1, c: 1 } })).toBe(false);
    expect(isValidBallot("score", C, { scores: { a: 0, b: 5, c: 3 } })).toBe(true);
    expect(isValidBallot("score", C, { scores: { a: 0, b: 5 } })).toBe(false);
    expect(isValidBallot("score", C, { scores: { a: 0, b: 6, c: 1 } })).toBe(false);
    expect(isValidBallot("score", C, { scores: { a: 0, b: 2.5, c: 1 } })).toBe(false);
    expect(isValidBallot("score", C, { scores: { a: 0, b: 2, c: 1, d: 1 } })).toBe(false);
    expect(isValidBallot("score", C, null)).toBe(false);
    expect(isValidBallot("score", C, { scores: [1, 2, 3] })).toBe(false);
  });
});
