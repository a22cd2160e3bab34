import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumb } from "~/components/breadcrumb";
import { guard } from "~/lib/guard.server";
import { loadPartnership } from "~/lib/partnerships.server";
import { MAX_QUERY_LENGTH } from "~/lib/documents/search-limits";
import { queryTerms, searchDocuments } from "~/lib/documents/search.server";
import { can, type DocumentKind } from "~/lib/policy";
import { getLocale } from "~/lib/request.server";
import { STRATEGY_SECTIONS } from "~/lib/strategy-sections";

export const meta: MetaFunction = () => [{ title: "Szukaj — Wspólnie" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  // Searching reads the partnership's documents.
  const { partnership, auth } = await guard({ request, context }, "document.read", (db) => loadPartnership(db, params.slug));
  const locale = getLocale(request);
  const query = (new URL(request.url).searchParams.get("q") ?? "").slice(0, MAX_QUERY_LENGTH);
  const tooShort = query.trim() !== "" && queryTerms(query).length === 0;
  // Each hit is shown only if its document may be read (kinds may differ in who reads them).
  const canRead = (kind: string) => can(auth.actor, "document.read", { type: "document", partnershipId: partnership.id, kind: kind as DocumentKind });
  const hits = tooShort || !query.trim() ? [] : await searchDocuments(context.database.db, partnership.id, query, { canRead });
  return {
    partnership: { slug: partnership.slug, name: partnership.name },
    query,
    tooShort,
    hits: hits.map((h) => ({
      ...h,
      section: h.kind === "strategy" ? (STRATEGY_SECTIONS.find((s) => s.key === h.field)?.[locale] ?? null) : null,
    })),
  };
}

export default function SearchPage() {
  const { partnership, query, tooShort, hits } = useLoaderData<typeof loader>();
  const { t } = useTranslation("editor");
  return (
    <div className="page">
      <Breadcrumb partnership={partnership} />
      <h1>{t("searchPage.title")}</h1>
      <Form method="get" role="search" className="search-form">
        <div className="field">
          <label htmlFor="q">{t("searchPage.label")}</label>
          <input id="q" type="search" name="q" defaultValue={query} maxLength={MAX_QUERY_LENGTH} aria-describedby="q-hint" />
          <span id="q-hint" className="hint">
            {t("searchPage.hint")} {t("searchPage.hintPolish")}
          </span>
        </div>
        <p>
          <button type="submit" className="button">
            {t("searchPage.submit")}
          </button>
        </p>
      </Form>
      <div role="status" aria-live="polite">
        {tooShort ? <p className="field-error">{t("searchPage.tooShort")}</p> : null}
        {query && !tooShort ? (
          hits.length === 0 ? (
            <p className="empty-state">{t("searchPage.none", { query })}</p>
          ) : (
            <p>{t("searchPage.results", { count: hits.length, query })}</p>
          )
        ) : null}
      </div>
      {hits.length > 0 ? (
        <ol className="search-results">
          {hits.map((h) => {
            // The editor opens at the section (and, for a comment, at its thread): see useOpenAtSection.
            const thread = h.threadId ? `?watek=${h.threadId}` : "";
            const href = `/w/${partnership.slug}/dokumenty/${h.documentId}${thread}${h.kind === "strategy" ? `#sekcja-${h.field}` : ""}`;
            return (
              <li key={`${h.documentId}-${h.field}-${h.threadId ?? ""}`} className="search-result" data-field={h.field} data-thread={h.threadId ?? undefined}>
                <h2 className="search-result__title">
                  <Link to={href} reloadDocument>
                    {h.documentTitle}
                    {h.section ? ` — ${h.section}` : ""}
                  </Link>
                </h2>
                {h.threadId ? (
                  <p className="search-result__section">{h.section ? t("searchPage.commentIn", { section: h.section }) : t("searchPage.comment")}</p>
                ) : h.section ? (
                  <p className="search-result__section">{t("searchPage.section", { section: h.section })}</p>
                ) : null}
                <p className="search-result__snippet">
                  {h.snippet.map((part, i) =>
                    part.text === "\n" ? <br key={i} /> : part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
                  )}
                </p>
              </li>
            );
          })}
        </ol>
      ) : null}
    </div>
  );
}
