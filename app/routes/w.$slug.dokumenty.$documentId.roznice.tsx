import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { deriveDocument } from "~/lib/editor/derive.server";
import type { PmJson } from "~/lib/editor/text";
import { formatDateTime } from "~/lib/format";
import { currentYDoc } from "~/lib/documents/live.server";
import { loadDocument } from "~/lib/documents/documents.server";
import { documentOutline } from "~/lib/documents/page.server";
import { diffContents, getVersion } from "~/lib/documents/versions.server";
import { guard } from "~/lib/guard.server";
import { getLocale, getServerT } from "~/lib/request.server";

export const meta: MetaFunction = () => [{ title: "Różnice — Wspólnie" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { document, partnership } = await guard({ request, context }, "document.read", (db) =>
    loadDocument(db, params.documentId, params.slug),
  );
  const locale = getLocale(request);
  const t = getServerT(request);
  const url = new URL(request.url);
  const side = async (id: string | null) => {
    if (id === "biezaca") {
      const ydoc = await currentYDoc(context, document.id);
      return { label: t("editor:versions.current"), json: deriveDocument(ydoc, document.kind).json };
    }
    const version = id ? await getVersion(context.database.db, document.id, id) : null;
    if (!version) throw new Response(t("editor:diff.choose"), { status: 400 });
    return {
      label: `${version.name ?? t("editor:versions.unnamed")} (${formatDateTime(version.createdAt, locale)})`,
      json: (version.json ?? {}) as Record<string, PmJson>,
    };
  };
  const from = await side(url.searchParams.get("od"));
  const to = await side(url.searchParams.get("do"));
  const titles = new Map(documentOutline(document.kind, null, locale).map((f) => [f.key, f.title]));
  return {
    document: { id: document.id, title: document.title },
    partnership: { slug: partnership.slug },
    from: from.label,
    to: to.label,
    sections: diffContents(document.kind, from.json, to.json).map((s) => ({ ...s, title: titles.get(s.key) ?? null })),
  };
}

export default function DiffPage() {
  const { document, partnership, from, to, sections } = useLoaderData<typeof loader>();
  const { t } = useTranslation("editor");
  const changed = sections.filter((s) => s.changed);
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to={`/w/${partnership.slug}/dokumenty/${document.id}/wersje`}>{t("version.backToList")}</Link>
      </p>
      <h1>{t("diff.title")}</h1>
      <p>{t("diff.fromTo", { from, to })}</p>
      <p className="hint">{t("diff.legend")}</p>
      {changed.length === 0 ? <p className="empty-state">{t("diff.noChanges")}</p> : null}
      {sections.map((s) => (
        <section key={s.key} className="diff-section" aria-labelledby={`d-${s.key}`} data-changed={s.changed ? "true" : "false"}>
          <h2 id={`d-${s.key}`}>
            {s.title ?? document.title}
            {!s.changed ? <span className="diff-section__unchanged"> — {t("diff.unchanged")}</span> : null}
          </h2>
          {s.changed ? (
            <p className="diff">
              {s.parts.map((p, i) =>
                p.added ? (
                  <ins key={i} className="diff__ins">
                    <span className="visually-hidden">[{t("diff.inserted")}: </span>
                    {p.value}
                    <span className="visually-hidden">]</span>
                  </ins>
                ) : p.removed ? (
                  <del key={i} className="diff__del">
                    <span className="visually-hidden">[{t("diff.deleted")}: </span>
                    {p.value}
                    <span className="visually-hidden">]</span>
                  </del>
                ) : (
                  <span key={i}>{p.value}</span>
                ),
              )}
            </p>
          ) : null}
        </section>
      ))}
    </div>
  );
}
