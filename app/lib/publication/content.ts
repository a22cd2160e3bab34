/**
 * The frozen content of each publication kind (publications.content), shared by the pages, the downloads and the
 * open-data API. Pure types and helpers: no author of an edit, no comment, nothing internal is ever in here.
 */
import type { PmJson } from "../editor/text";
import type { ProjectJson } from "../projects/json";

export interface StrategyContent {
  kind: "strategy";
  /** Section key → ProseMirror JSON of the published version. */
  json: Record<string, PmJson>;
}

/** One project of a published package: the projects contract plus what its public page shows. */
export interface PublishedProject {
  json: ProjectJson;
  leadName: string;
  partnerNames: string[];
  goal: string;
  direction: string;
  location: string;
  problem: string;
  targetGroups: string;
  scope: string;
  schedule: { name: string; kind: "task" | "milestone"; start: string; end: string }[];
}

export interface PackageContent {
  kind: "project_package";
  projects: PublishedProject[];
}

export interface MinutesContent {
  kind: "minutes";
  startsAt: string;
  json: PmJson;
}

/** A closed council poll's public result (voting's `pollResultForPublication`): a secret poll names no voter. */
export interface VoteResultContent {
  kind: "vote_result";
  title: string;
  method: "single" | "score";
  secret: boolean;
  quorum: number;
  closedAt: string | null;
  eligibleCount: number;
  voted: number;
  turnout: number;
  quorumMet: boolean;
  tie: boolean;
  /** Ranked, first place first: votes (single choice) or mean and median (scores). */
  candidates: ({ id: string; title: string; votes: number } | { id: string; title: string; mean: number; median: number })[];
  winner: { id: string; title: string } | null;
  adoptedFlagship: { id: string; title: string } | null;
  receipts: string[];
  /** Open ballots only: who voted how (a candidate id, or scores per candidate id). */
  ballots: { voter: string; choice: string | Record<string, number> }[] | null;
}

export type PublicationContent = StrategyContent | PackageContent | MinutesContent | VoteResultContent;

/** The public path of a project of a published package. */
export const projectPath = (slug: string, projectId: string) => `/partnerstwa/${slug}/projekt/${projectId}`;
/** The public path of a series (its current version) and of one version. */
export const seriesPath = (slug: string, series: string) => `/partnerstwa/${slug}/${series}`;
export const versionPath = (slug: string, series: string, number: number) => `/partnerstwa/${slug}/${series}/wersje/${number}`;
export const downloadPath = (slug: string, series: string, number: number, format: "docx" | "pdf") =>
  `/partnerstwa/${slug}/${series}/pobierz/wersja-${number}.${format}`;
