import { parseWithZod } from "@conform-to/zod";
import { useForm, type SubmissionResult } from "@conform-to/react";
import { useFetcher } from "@remix-run/react";
import { createContext, useContext } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { Locale } from "~/i18n";
import type { MemberOption, TrailView } from "~/lib/comments/views";

/** What every part of the sidebar needs: where its forms post, who can be mentioned, what the viewer may do. */
export interface SidebarContextValue {
  /** The document's comment resource route (`…/dokumenty/:id/komentarze`). */
  url: string;
  members: MemberOption[];
  viewer: TrailView["viewer"];
  locale: Locale;
  /** The collaboration socket is up: saving needs the network. */
  online: boolean;
}

export const SidebarContext = createContext<SidebarContextValue | null>(null);

export function useSidebar(): SidebarContextValue {
  const value = useContext(SidebarContext);
  if (!value) throw new Error("useSidebar outside CommentSidebar");
  return value;
}

/** A Conform answer of the comment route, with the id of the thread it touched. */
export type CommentReply = SubmissionResult<string[]> & { stored?: boolean; threadId?: string | null };

/**
 * One sidebar form: a fetcher posting to the comment route, Conform validating with the same zod schema as the
 * server. `succeeded` is true once the last submission was stored.
 */
export function useCommentForm<S extends z.ZodTypeAny>(schema: S, id: string, defaultValue?: Record<string, string>) {
  const { url } = useSidebar();
  const fetcher = useFetcher();
  const result = fetcher.state === "idle" ? (fetcher.data as CommentReply | undefined) : undefined;
  const [form, fields] = useForm<z.input<S>>({
    id,
    lastResult: result ?? null,
    defaultValue: defaultValue as Parameters<typeof useForm<z.input<S>>>[0]["defaultValue"],
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return { fetcher, form, fields, url, busy: fetcher.state !== "idle", result, succeeded: result?.stored === true };
}

/** Field errors are i18n keys of "comments" (the shared schemas); refusals from the server are already sentences. */
export function useCommentErrorText() {
  const { t } = useTranslation("comments");
  return (message: string) => (/^errors\.\w+$/.test(message) ? t(message) : message);
}

export function ErrorText({ id, errors }: { id?: string; errors?: string[] }) {
  const text = useCommentErrorText();
  if (!errors?.length) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {errors.map(text).join(" ")}
    </p>
  );
}

/** A comment form's "send" and "cancel" buttons; sending waits while saving or offline. */
export function SubmitCancel({ submit, cancel, onCancel, disabled, small }: { submit: string; cancel: string; onCancel: () => void; disabled: boolean; small?: boolean }) {
  const size = small ? " button--small" : "";
  return (
    <div className="actions">
      <button type="submit" className={`button${size}`} disabled={disabled}>
        {submit}
      </button>
      <button type="button" className={`button button--secondary${size}`} onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}
