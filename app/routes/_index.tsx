import type { MetaFunction } from "@remix-run/node";
import { Link, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { loader as rootLoader } from "~/root";

export const meta: MetaFunction = () => [{ title: "Wspólnie" }];

export default function Home() {
  const { t } = useTranslation();
  const root = useRouteLoaderData<typeof rootLoader>("root");
  const what = t("home.what", { returnObjects: true }) as string[];
  return (
    <div className="page">
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.lead")}</p>
      <section aria-labelledby="what">
        <h2 id="what">{t("home.whatTitle")}</h2>
        <ul className="feature-list">
          {what.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="who">
        <h2 id="who">{t("home.whoTitle")}</h2>
        <p>{t("home.who")}</p>
      </section>
      <p className="actions">
        <Link className="button" to="/partnerstwa">
          {t("home.browse")}
        </Link>
        {!root?.user && (
          <Link className="button button--secondary" to="/login">
            {t("home.signIn")}
          </Link>
        )}
      </p>
    </div>
  );
}
