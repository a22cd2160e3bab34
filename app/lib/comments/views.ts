/** The comment trail as the browser sees it (no server code: the sidebar imports these types). */
import type { ResolvedAnchor } from "./anchor";
import type { Decision } from "./validation";

export interface CommentView {
  id: string;
  author: { id: string; name: string } | null;
  /** null when the comment was deleted: the trail shows that something was said, not what. */
  body: string | null;
  deleted: boolean;
  edited: boolean;
  createdAt: string;
  editedAt: string | null;
  mine: boolean;
}

export interface ThreadView {
  id: string;
  field: string;
  fieldIndex: number;
  anchorStart: string | null;
  anchorEnd: string | null;
  quote: string;
  /** Text just before and after the passage: with the quote, it finds the passage again (see anchor-quote.ts). */
  quotePrefix: string;
  quoteSuffix: string;
  justification: string;
  /** Where the anchor is in the stored document now; "detached" when its text was deleted. */
  anchor: ResolvedAnchor;
  status: "open" | "resolved";
  resolvedBy: { id: string; name: string } | null;
  resolvedAt: string | null;
  answer: string | null;
  decision: Decision | null;
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  comments: CommentView[];
  mine: boolean;
  mentionsMe: boolean;
}


/** Someone who can be @mentioned (e-mail "" unless the viewer manages members). */
export interface MemberOption {
  id: string;
  name: string;
  email: string;
}

/** What the sidebar loads: the trail, the people to mention and what the viewer may do. */
export interface TrailView {
  threads: ThreadView[];
  members: MemberOption[];
  viewer: { id: string; canComment: boolean; canDecide: boolean };
}
