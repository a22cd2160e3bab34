import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** "Powiadomienia (N)" in the header; the accessible name says how many are unread. */
export function NotificationsLink({ count }: { count: number }) {
  const { t } = useTranslation("comments");
  const label = count > 0 ? t("notifications.headerLabel", { count }) : t("notifications.headerLabelNone");
  return (
    <Link to="/powiadomienia" aria-label={label} data-testid="notifications-link">
      {t("notifications.headerLink", { count })}
    </Link>
  );
}
