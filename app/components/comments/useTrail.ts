import type { Editor } from "@tiptap/core";
import { useFetcher } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState } from "react";
import type { WebsocketProvider } from "y-websocket";
import { subscribe } from "~/lib/collab/client";
import type { ThreadView, TrailView } from "~/lib/comments/views";
import { anchorRange } from "./highlight";

/**
 * The trail from the document's comment route, through a Remix fetcher: loaded once, reloaded when the
 * collaboration socket announces `comments.changed` or reconnects (events missed offline), and revalidated by
 * Remix after each of the sidebar's own submissions. `online`: the socket is up (saving needs it).
 */
export function useTrail(url: string, documentId: string, provider: WebsocketProvider | null) {
  const fetcher = useFetcher();
  const load = useRef(fetcher.load);
  load.current = fetcher.load;
  const [online, setOnline] = useState(false);
  const reload = useCallback(() => {
    if (navigator.onLine) void load.current(url);
  }, [url]);

  useEffect(() => reload(), [reload]);

  useEffect(() => {
    if (!provider) return;
    const off = subscribe("comments.changed", (event) => {
      if (event.documentId === documentId) reload();
    });
    const onStatus = ({ status }: { status: string }) => {
      setOnline(status === "connected");
      if (status === "connected") reload();
    };
    setOnline(provider.wsconnected);
    provider.on("status", onStatus);
    return () => {
      off();
      provider.off("status", onStatus);
    };
  }, [provider, reload, documentId]);

  return { data: fetcher.data as TrailView | undefined, loading: fetcher.state === "loading", online, reload };
}

/** Where each anchored thread is in the live editors now (null: its text was deleted — detached). */
export type LivePositions = Map<string, { from: number; text: string } | null>;

/** Anchors follow concurrent edits, local or remote: recomputed (once a frame) as the text changes. */
export function useLivePositions(editors: ReadonlyMap<string, Editor>, threads: ThreadView[] | undefined): LivePositions | null {
  const [positions, setPositions] = useState<LivePositions | null>(null);
  useEffect(() => {
    const list = threads ?? [];
    if (editors.size === 0 || list.length === 0) {
      setPositions(null);
      return;
    }
    let frame: number | null = null;
    const recompute = () => {
      frame = null;
      const next: LivePositions = new Map();
      for (const thread of list) {
        const editor = editors.get(thread.field);
        if (!editor || editor.isDestroyed || !thread.anchorStart) continue;
        const range = anchorRange(editor.state, thread);
        next.set(thread.id, range ? { from: range.from, text: editor.state.doc.textBetween(range.from, range.to, "\n") } : null);
      }
      setPositions(next);
    };
    const schedule = () => {
      if (frame === null) frame = requestAnimationFrame(recompute);
    };
    recompute();
    for (const editor of editors.values()) editor.on("update", schedule);
    return () => {
      if (frame !== null) cancelAnimationFrame(frame);
      for (const editor of editors.values()) editor.off("update", schedule);
    };
  }, [editors, threads]);
  return positions;
}

/** The threads with their anchor state as the live editors see it, in document order. */
export function withLivePositions(threads: ThreadView[], live: LivePositions | null): ThreadView[] {
  if (!live) return threads;
  const updated = threads.map((thread) => {
    if (!live.has(thread.id)) return thread;
    const found = live.get(thread.id);
    if (!found) return { ...thread, anchor: { status: "detached" as const } };
    return { ...thread, anchor: { status: "attached" as const, text: found.text, from: found.from, to: found.from + found.text.length } };
  });
  const position = (t: ThreadView) => (t.anchor.status === "attached" ? t.anchor.from : Number.MAX_SAFE_INTEGER);
  return updated.sort((a, b) => a.fieldIndex - b.fieldIndex || position(a) - position(b) || a.createdAt.localeCompare(b.createdAt));
}

/** The field whose editor last had a non-empty selection ("comment on the selection" follows it). */
export function useSelectionField(editors: ReadonlyMap<string, Editor>): string | null {
  const [field, setField] = useState<string | null>(null);
  useEffect(() => {
    const offs: (() => void)[] = [];
    for (const [key, editor] of editors) {
      const onSelection = () => setField(editor.state.selection.empty ? null : key);
      editor.on("selectionUpdate", onSelection);
      offs.push(() => editor.off("selectionUpdate", onSelection));
    }
    return () => offs.forEach((off) => off());
  }, [editors]);
  return field;
}
