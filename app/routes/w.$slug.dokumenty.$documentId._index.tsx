import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { useCallback, useState } from "react";
import { LiveEditor } from "~/components/editor/LiveEditor";
import { flushSync } from "react-dom";
import { useTranslation } from "react-i18next";
import { presenceUser } from "~/lib/collab/presence";
import { loadDocument } from "~/lib/documents/documents.server";
import { documentOutline } from "~/lib/documents/page.server";
import { guard } from "~/lib/guard.server";
import { can, documentEditorRoles, rolesIn } from "~/lib/policy";
import { useOpenAtSection } from "~/lib/open-at-section";
import { getLocale } from "~/lib/request.server";
import { projectOfDocument } from "~/lib/projects/project-documents.server";
import { DisclosureButton } from "~/components/disclosure";

// The editor is browser-only (Yjs, IndexedDB, websocket): the server renders a placeholder.

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.document.title ?? ""} — Wspólnie` }];

/** The comment sidebar's changes (its own resource route, whose fetcher reloads the trail) leave this page's data as it is. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formAction, defaultShouldRevalidate }) =>
  formAction?.endsWith("/komentarze") ? false : defaultShouldRevalidate;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { document, partnership, auth, resource } = await guard({ request, context }, "document.read", (db) =>
    loadDocument(db, params.documentId, params.slug),
  );
  // The same name and colour the collaboration server shows to everyone else.
  const roles = rolesIn(auth.actor, partnership.id);
  const { id, name, color } = presenceUser(auth.user, roles);
  const canEdit = can(auth.actor, "document.edit", resource);
  return {
    document: { id: document.id, title: document.title, kind: document.kind },
    partnership: { slug: partnership.slug, name: partnership.name },
    fields: documentOutline(document.kind, document.derivedJson, getLocale(request)),
    canEdit,
    canComment: can(auth.actor, "document.comment", resource),
    // For the read-only banner: why (the reader's role) and who can change the text.
    access: canEdit
      ? null
      : {
          roles: roles.length > 0 ? [...roles] : auth.actor.globalRole ? [auth.actor.globalRole] : [],
          editors: documentEditorRoles(resource),
          locked: Boolean(resource.locked),
        },
    user: { id, name, color },
    project: await projectOfDocument(context.database.db, document.id),
  };
}

export default function DocumentPage() {
  const { document, partnership, fields, canEdit, canComment, access, user, project } = useLoaderData<typeof loader>();
  const { t } = useTranslation("editor");
  // On a phone the section list is a disclosure, closed by default (on a wide screen CSS always shows it).
  const [outlineOpen, setOutlineOpen] = useState(false);
  const { t: tp } = useTranslation("projects");
  const [empty, setEmpty] = useState<Record<string, boolean>>(() => Object.fromEntries(fields.map((f) => [f.key, f.empty])));
  useOpenAtSection(); // search results and links to a section open the editor there
  const onEmptyChange = useCallback(
    (key: string, isEmpty: boolean) => setEmpty((prev) => (prev[key] === isEmpty ? prev : { ...prev, [key]: isEmpty })),
    [],
  );
  const base = `/w/${partnership.slug}/dokumenty/${document.id}`;
  const outlined = fields.filter((f) => f.title);

  return (
    <div className="page page--wide document-page">
      <p className="breadcrumb">
        <Link to={`/w/${partnership.slug}`}>{partnership.name}</Link>
        {project ? (
          <>
            {" › "}
            <Link to={`/w/${partnership.slug}/projekty`}>{tp("package.title")}</Link> ›{" "}
            <Link to={`/w/${partnership.slug}/projekty/${project.id}`}>{project.title}</Link>
          </>
        ) : null}
      </p>
      <h1>{document.title}</h1>
      <p className="actions">
        <Link to={`${base}/wersje`}>{t("history")}</Link>
        <Link to={`/w/${partnership.slug}/szukaj`}>{t("search")}</Link>
      </p>
      {access ? <ReadOnlyBanner access={access} canComment={canComment} /> : null}
      <div className={outlined.length > 0 ? "document-page__grid" : undefined}>
        {outlined.length > 0 ? (
          <nav className="outline" aria-labelledby="outline-title" data-open={outlineOpen ? "true" : "false"}>
            <h2 id="outline-title" className="outline__title">
              {t("outline")}
            </h2>
            <DisclosureButton open={outlineOpen} onToggle={setOutlineOpen} controls="outline-list" className="button button--secondary outline__toggle">
              {t("ui.sectionsToggle", { count: outlined.length })}
            </DisclosureButton>
            <ol className="outline__list" id="outline-list">
              {outlined.map((f) => (
                <li key={f.key} data-empty={empty[f.key] ? "true" : "false"}>
                  <a
                    href={`#sekcja-${f.key}`}
                    onClick={() => {
                      // On a phone the list closes first, so the jump lands on the heading, not below it.
                      flushSync(() => setOutlineOpen(false));
                      // Move keyboard focus to the section heading too, not only the scroll position.
                      setTimeout(() => window.document.getElementById(`naglowek-${f.key}`)?.focus(), 0);
                    }}
                  >
                    {f.title}
                  </a>
                  {empty[f.key] ? <span className="outline__empty"> ({t("emptySection")})</span> : null}
                  {document.kind === "strategy" && f.key === "s10" ? (
                    <>
                      {" — "}
                      <Link to={`/w/${partnership.slug}/projekty`}>{tp("package.strategyLink")}</Link>
                    </>
                  ) : null}
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
        <div className="document-page__editor">
          <LiveEditor
            documentId={document.id}
            fields={fields.map((f) => ({ key: f.key, title: f.title }))}
            canEdit={canEdit}
            user={user}
            onEmptyChange={onEmptyChange}
          />
        </div>
      </div>
    </div>
  );
}

/** Why the reader cannot change the text: their role, and who can (information, not a success message). */
function ReadOnlyBanner({ access, canComment }: { access: { roles: string[]; editors: string[]; locked: boolean }; canComment: boolean }) {
  const { t } = useTranslation("editor");
  const names = (roles: string[]) => roles.map((r) => t(`auth:roles.${r}`)).join(", ");
  return (
    <div className="info-banner" data-testid="read-only-banner">
      <p>{t(canComment ? "readOnlyCanComment" : "readOnly")}</p>
      {access.locked ? (
        <p>{t("ui.readOnlyLocked")}</p>
      ) : (
        <p>
          {t("ui.readOnlyRole", { roles: access.roles.length > 0 ? names(access.roles) : t("ui.noRole") })}{" "}
          {t("ui.readOnlyEditors", { editors: names(access.editors) })}
        </p>
      )}
    </div>
  );
}
