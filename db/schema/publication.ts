import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, instant, ownedBy, refOrNull } from "./columns";
import { PUBLICATION_KINDS } from "../enums";
import { partnerships, users } from "../schema";

/** One frozen text of a published section: what the diff between published versions compares. */
export interface PublishedSection {
  key: string;
  title: string;
  text: string;
}

/**
 * A published output (publication): a frozen version of one series of a partnership (its strategy, its project
 * package, the minutes of one session …). Publishing again adds a row with the next number; unpublishing sets
 * `unpublishedAt` (the row stays, the public no longer sees it). Content is frozen at publishing: `html` is the
 * article rendered on the server from the source's JSON with the shared editor schema, `content` the kind's
 * structured data (for downloads, project pages and the API), `sections` the plain text for differences.
 * Nothing here names an author of the text or holds a comment.
 */
export const publications = pgTable(
  "publications",
  {
    id: id(),
    partnershipId: ownedBy("partnership_id", () => partnerships.id),
    kind: text("kind", { enum: PUBLICATION_KINDS }).notNull(),
    /** The URL segment of the series under /partnerstwa/:slug/ ("strategia", "projekty", "protokol-…"). */
    series: text("series").notNull(),
    /** What was published: the strategy document, a meeting; null for the package. */
    subjectId: uuid("subject_id"),
    /** 1, 2, … within the series. */
    number: integer("number").notNull(),
    title: text("title").notNull(),
    html: text("html").notNull(),
    sections: jsonb("sections").$type<PublishedSection[]>().notNull(),
    content: jsonb("content").$type<unknown>().notNull(),
    /** The document version (strategy, minutes) the publication was rendered from. */
    sourceVersionId: uuid("source_version_id"),
    publishedAt: instant("published_at").notNull().defaultNow(),
    publishedBy: refOrNull("published_by", () => users.id),
    unpublishedAt: instant("unpublished_at"),
    unpublishedBy: refOrNull("unpublished_by", () => users.id),
  },
  (t) => [
    uniqueIndex("publications_series_number_idx").on(t.partnershipId, t.series, t.number),
    index("publications_partnership_idx").on(t.partnershipId, t.publishedAt),
  ],
);

/**
 * A request for accessibility (wniosek o zapewnienie dostępności, art. 18 of the 2019 act): the body must act
 * within 7 days (`dueAt`), which the coordinator sees.
 */
export const accessibilityRequests = pgTable(
  "accessibility_requests",
  {
    id: id(),
    /** The partnership whose page it concerns; null: the platform. */
    partnershipId: uuid("partnership_id").references(() => partnerships.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    contact: text("contact").notNull(),
    pageUrl: text("page_url").notNull().default(""),
    description: text("description").notNull(),
    /** How the requester wants the content made accessible (alternative means). */
    preferredMeans: text("preferred_means").notNull().default(""),
    createdAt: createdAt(),
    dueAt: instant("due_at").notNull(),
    handledAt: instant("handled_at"),
  },
  (t) => [index("accessibility_requests_partnership_idx").on(t.partnershipId, t.dueAt)],
);
