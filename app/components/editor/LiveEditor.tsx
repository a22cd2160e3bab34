import { lazy, Suspense, useEffect, useState } from "react";
import { ErrorBoundary, type FallbackProps } from "react-error-boundary";
import { useTranslation } from "react-i18next";
import type { CollaborativeEditorProps } from "./CollaborativeEditor";

const CollaborativeEditor = lazy(() => import("./CollaborativeEditor"));

/**
 * The collaborative editor as a page embeds it: loaded in the browser only (Yjs, Tiptap and the websocket have
 * nothing to render on the server), and fenced off — should the editor fail (its code not loading, an error while
 * drawing), only its own area says so and offers to reload the page; the page around it (the session's agenda, the
 * document's outline) keeps working. Every acknowledged edit is already on the server, so reloading loses nothing.
 */
export function LiveEditor(props: CollaborativeEditorProps) {
  const { t } = useTranslation("editor");
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const placeholder = <p className="document-editor__placeholder">{t("loading")}</p>;
  if (!mounted) return placeholder;
  return (
    <ErrorBoundary FallbackComponent={EditorFailed} onError={(error: unknown) => console.error("The editor failed:", error)}>
      <Suspense fallback={placeholder}>
        <CollaborativeEditor {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}

/** A reload, not a re-render: a browser keeps a module that failed to load failed for the page's lifetime. */
function EditorFailed(_: FallbackProps) {
  const { t } = useTranslation("editor");
  return (
    <div role="alert" className="document-editor__failed">
      <p>{t("failed")}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t("failedRetry")}
      </button>
    </div>
  );
}
