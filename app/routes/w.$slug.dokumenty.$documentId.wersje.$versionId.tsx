import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { deriveFromJson } from "~/lib/editor/derive.server";
import { demoteHeadings } from "~/lib/editor/headings";
import type { PmJson } from "~/lib/editor/text";
import { formatDateTime } from "~/lib/format";
import { loadDocument } from "~/lib/documents/documents.server";
import { liveDocuments } from "~/lib/documents/live.server";
import { documentOutline } from "~/lib/documents/page.server";
import { getVersion, restoreVersion, versionAuthorName } from "~/lib/documents/versions.server";
import { guard } from "~/lib/guard.server";
import { can, type Action } from "~/lib/policy";
import { getLocale, getServerT } from "~/lib/request.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.version.name ?? ""} — Wspólnie` }];

/** The version is part of the document: the guard loads both, and an unknown version is 404 like the document. */
function load({ request, context, params }: LoaderFunctionArgs, action: Action) {
  return guard({ request, context }, action, async (db) => {
    const found = await loadDocument(db, params.documentId, params.slug);
    const version = found ? await getVersion(db, found.document.id, params.versionId ?? "") : null;
    return found && version ? { ...found, version } : null;
  });
}

export async function loader(args: LoaderFunctionArgs) {
  const { request, context } = args;
  const { document, partnership, auth, resource, version } = await load(args, "document.read");
  const canEdit = can(auth.actor, "document.edit", resource);
  const locale = getLocale(request);
  const t = getServerT(request);
  const derived = deriveFromJson(document.kind, (version.json ?? {}) as Record<string, PmJson>);
  const titles = new Map(documentOutline(document.kind, null, locale).map((f) => [f.key, f.title]));
  const author = await versionAuthorName(context.database.db, version);
  return {
    document: { id: document.id, title: document.title },
    partnership: { slug: partnership.slug },
    canEdit,
    version: {
      id: version.id,
      name: version.name ?? t("editor:versions.unnamed"),
      createdAt: formatDateTime(version.createdAt, locale),
      author,
    },
    // Rendered on the server by ProseMirror's DOM serializer from stored JSON: text is escaped by the DOM.
    // Headings in a section's text sit one level below the section's <h2> title.
    fields: derived.fields.map((f) => {
      const title = titles.get(f.key) ?? null;
      return { key: f.key, title, html: title ? demoteHeadings(f.html) : f.html };
    }),
  };
}

export async function action(args: ActionFunctionArgs) {
  const { request, context } = args;
  const { document, partnership, auth, resource, version } = await load(args, "document.edit");
  const form = await request.formData();
  if (form.get("intent") !== "restore") throw new Response(getServerT(request)("errors.badRequest"), { status: 400 });
  await restoreVersion(context.database.db, liveDocuments(context), document, version, auth.user.id);
  context.collab.toDocument(document.id, { type: "document.restored", versionId: version.id });
  context.collab.toPartnership({ resource, action: "document.read" }, { type: "versions.changed", documentId: document.id });
  return redirect(`/w/${partnership.slug}/dokumenty/${document.id}/wersje/${version.id}?przywrocono=1`);
}

export default function VersionPage() {
  const { document, partnership, canEdit, version, fields } = useLoaderData<typeof loader>();
  const { t } = useTranslation("editor");
  const [params] = useSearchParams();
  const base = `/w/${partnership.slug}/dokumenty/${document.id}`;
  const confirming = params.get("przywroc") === "1";
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to={`${base}/wersje`}>{t("version.backToList")}</Link>
      </p>
      <h1>{t("version.title", { name: version.name })}</h1>
      <p>{version.author ? t("version.createdBy", { time: version.createdAt, author: version.author }) : t("version.createdAt", { time: version.createdAt })}</p>
      {params.get("przywrocono") === "1" ? (
        <p className="notice" role="status">
          {t("version.restored")} <Link to={base}>{t("versions.backToEditor")}</Link>
        </p>
      ) : null}
      <p className="actions">
        <Link to={`${base}/roznice?od=${version.id}&do=biezaca`}>{t("version.compareCurrent")}</Link>
        {canEdit && !confirming ? (
          <Link className="button button--secondary" to="?przywroc=1">
            {t("version.restore")}
          </Link>
        ) : null}
      </p>
      {canEdit && confirming ? (
        <Form method="post" className="warning confirm" aria-labelledby="restore-question">
          <p id="restore-question">{t("version.restoreQuestion")}</p>
          <p className="actions">
            <button type="submit" name="intent" value="restore" className="button">
              {t("version.restoreConfirm")}
            </button>
            <Link to="." className="button button--secondary">
              {t("version.restoreCancel")}
            </Link>
          </p>
        </Form>
      ) : null}
      <article className="version-content">
        {fields.map((f) =>
          f.title ? (
            <section key={f.key} aria-labelledby={`v-${f.key}`}>
              <h2 id={`v-${f.key}`}>{f.title}</h2>
              <div className="prose" dangerouslySetInnerHTML={{ __html: f.html }} />
            </section>
          ) : (
            <div key={f.key} className="prose" dangerouslySetInnerHTML={{ __html: f.html }} />
          ),
        )}
      </article>
    </div>
  );
}
