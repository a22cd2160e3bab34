/** Facts about publication kinds that pages, the API and the browser share (pure). */
import type { PublicationKind } from "../enums";

/** Kinds offered as DOCX and PDF downloads. */
export const DOWNLOADABLE: ReadonlySet<PublicationKind> = new Set<PublicationKind>(["strategy", "project_package"]);
