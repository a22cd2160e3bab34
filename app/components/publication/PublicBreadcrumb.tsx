import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { seriesPath } from "~/lib/publication/content";

/**
 * The public pages' breadcrumb: partnerships › the partnership (the current page when no series is given)
 * › the published series. Series pages are stored HTML outside Remix, so that link is a plain anchor.
 */
export function PublicBreadcrumb({ partnership, series }: { partnership: { slug: string; name: string }; series?: { key: string; title: string } }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("publication:page.breadcrumb")} className="breadcrumb">
      <ol>
        <li>
          <Link to="/partnerstwa">{t("nav.partnerships")}</Link>
        </li>
        <li>
          {series ? <Link to={`/partnerstwa/${partnership.slug}`}>{partnership.name}</Link> : <span aria-current="page">{partnership.name}</span>}
        </li>
        {series ? (
          <li>
            <a href={seriesPath(partnership.slug, series.key)}>{series.title}</a>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}
