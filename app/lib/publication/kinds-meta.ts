/** Facts about publication kinds that pages, the API and the browser share (pure). */
import { PUBLICATION_KINDS, type PublicationKind } from "../enums";

/** Kinds offered as DOCX and PDF downloads: every kind (the open-data API promises both for each output). */
export const DOWNLOADABLE: ReadonlySet<PublicationKind> = new Set<PublicationKind>(PUBLICATION_KINDS);
