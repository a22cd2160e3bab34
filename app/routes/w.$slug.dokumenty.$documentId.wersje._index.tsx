import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useRevalidator } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { DataTable } from "~/components/data-table";
import { formatDateTime } from "~/lib/format";
import { currentYDoc } from "~/lib/documents/live.server";
import { subscribe } from "~/lib/collab/client";
import { loadDocument } from "~/lib/documents/documents.server";
import { createVersion, listVersions } from "~/lib/documents/versions.server";
import { guard } from "~/lib/guard.server";
import { can } from "~/lib/policy";
import { getLocale, getServerT } from "~/lib/request.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.document.title ?? ""} — wersje — Wspólnie` }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { document, partnership, auth, resource } = await guard({ request, context }, "document.read", (db) =>
    loadDocument(db, params.documentId, params.slug),
  );
  const locale = getLocale(request);
  const versions = await listVersions(context.database.db, document.id);
  return {
    document: { id: document.id, title: document.title },
    partnership: { slug: partnership.slug, name: partnership.name },
    canEdit: can(auth.actor, "document.edit", resource),
    versions: versions.map((v) => ({ ...v, createdAt: formatDateTime(v.createdAt, locale) })),
  };
}

const NamedVersion = z.object({ name: z.string().trim().min(1, "nameRequired").max(120, "nameTooLong") });

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { document, auth, resource } = await guard({ request, context }, "document.edit", (db) =>
    loadDocument(db, params.documentId, params.slug),
  );
  const t = getServerT(request);
  const parsed = NamedVersion.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) {
    return { ok: false as const, error: t(`editor:versions.${parsed.error.issues[0].message}`) };
  }
  const ydoc = await currentYDoc(context, document.id);
  await createVersion(context.database.db, document, ydoc, { name: parsed.data.name, userId: auth.user.id });
  context.collab.toPartnership({ resource, action: "document.read" }, { type: "versions.changed", documentId: document.id });
  return { ok: true as const, message: t("editor:versions.created", { name: parsed.data.name }) };
}

type Version = ReturnType<typeof useLoaderData<typeof loader>>["versions"][number];

export default function Versions() {
  const { document, partnership, canEdit, versions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation("editor");
  const base = `/w/${partnership.slug}/dokumenty/${document.id}`;
  const versionOptions = versions.map((v) => (
    <option key={v.id} value={v.id}>
      {(v.name ?? t("versions.unnamed")) + " — " + v.createdAt}
    </option>
  ));
  // Someone named or restored a version: the list refreshes itself.
  const { revalidate } = useRevalidator();
  // A saved name leaves the field: the next version gets a name of its own.
  const nameForm = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (result?.ok) nameForm.current?.reset();
  }, [result]);
  useEffect(
    () =>
      subscribe("versions.changed", (event) => {
        if (event.documentId === document.id) revalidate();
      }),
    [document.id, revalidate],
  );
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to={base}>{t("versions.backToEditor")}</Link>
      </p>
      <h1>{t("versions.title", { title: document.title })}</h1>
      <p className="lead">{t("versions.lead")}</p>
      {result?.ok ? (
        <p className="notice" role="status">
          {result.message}
        </p>
      ) : null}
      {canEdit ? (
        <Form ref={nameForm} method="post" className="form" aria-labelledby="new-version">
          <h2 id="new-version">{t("versions.createLegend")}</h2>
          <div className="field">
            <label htmlFor="version-name">{t("versions.nameLabel")}</label>
            <input
              id="version-name"
              name="name"
              maxLength={120}
              aria-describedby={result && !result.ok ? "version-name-hint version-name-error" : "version-name-hint"}
              aria-invalid={result && !result.ok ? true : undefined}
            />
            <span id="version-name-hint" className="hint">
              {t("versions.nameHint")}
            </span>
            {result && !result.ok ? (
              <span id="version-name-error" className="field-error">
                {result.error}
              </span>
            ) : null}
          </div>
          <p>
            <button type="submit" className="button" disabled={navigation.state === "submitting"}>
              {t("versions.create")}
            </button>
          </p>
        </Form>
      ) : null}
      <h2>{t("versions.caption")}</h2>
      {versions.length === 0 ? (
        <p className="empty-state">{t("versions.empty")}</p>
      ) : (
        <>
          <DataTable<Version>
            caption={t("versions.caption")}
            rows={versions}
            rowKey={(v) => v.id}
            rowAttributes={() => ({ "data-testid": "version-row" })}
            columns={[
              { header: t("versions.name"), cell: (v) => v.name ?? t("versions.unnamed") },
              { header: t("versions.kind"), cell: (v) => (v.automatic ? t("versions.automatic") : t("versions.named")) },
              { header: t("versions.author"), cell: (v) => v.authorName ?? t("versions.unknownAuthor") },
              { header: t("versions.time"), cell: (v) => v.createdAt },
              {
                header: t("versions.view"),
                hiddenHeader: true,
                cell: (v) => (
                  <span className="versions__links">
                    <Link to={`${base}/wersje/${v.id}`} aria-label={`${t("versions.view")}: ${v.name ?? t("versions.unnamed")}, ${v.createdAt}`}>
                      {t("versions.view")}
                    </Link>{" "}
                    <Link
                      to={`${base}/roznice?od=${v.id}&do=biezaca`}
                      aria-label={`${t("versions.compareCurrent")}: ${v.name ?? t("versions.unnamed")}, ${v.createdAt}`}
                    >
                      {t("versions.compareCurrent")}
                    </Link>
                  </span>
                ),
              },
            ]}
          />
          {versions.length > 1 ? (
            <Form method="get" action={`${base}/roznice`} className="form compare-form">
              <h2>{t("versions.compareTitle")}</h2>
              <div className="field">
                <label htmlFor="diff-from">{t("versions.from")}</label>
                <select id="diff-from" name="od" defaultValue={versions[1].id}>
                  {versionOptions}
                </select>
              </div>
              <div className="field">
                <label htmlFor="diff-to">{t("versions.to")}</label>
                <select id="diff-to" name="do" defaultValue="biezaca">
                  <option value="biezaca">{t("versions.current")}</option>
                  {versionOptions}
                </select>
              </div>
              <p>
                <button type="submit" className="button button--secondary">
                  {t("versions.compare")}
                </button>
              </p>
            </Form>
          ) : null}
        </>
      )}
    </div>
  );
}
