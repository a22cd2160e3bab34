import { useState } from "react";
import { useTranslation } from "react-i18next";

/** A fresh invitation link to hand over another way: shown once, selectable, with a copy button. */
export function InvitationLink({ link, email }: { link: string; email: string }) {
  const { t } = useTranslation("auth");
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const id = "invitation-link";
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  };
  return (
    <div className="field invitation-link">
      <label htmlFor={id}>{t("members.linkLabel", { email })}</label>
      <div className="invitation-link__row">
        <input id={id} readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button button--secondary" onClick={copy}>
          {t("members.copy")}
        </button>
      </div>
      <p role="status" className="hint" style={{ margin: 0 }}>
        {copied === "yes" ? t("members.copied") : copied === "failed" ? t("members.copyFailed") : ""}
      </p>
    </div>
  );
}
