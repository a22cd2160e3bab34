import { useTranslation } from "react-i18next";

export interface Presence {
  clientId: number;
  name: string;
  color: string;
  section: string | null;
  self: boolean;
}

/** Who is in the document now and in which section (from awareness; names and colours set by the server). */
export function PresenceList({ presence, titles }: { presence: Presence[]; titles: Map<string, string | null> }) {
  const { t } = useTranslation("editor");
  const others = presence.filter((p) => !p.self);
  return (
    <aside className="presence" aria-labelledby="presence-title">
      <h2 id="presence-title" className="presence__title">
        {t("presence.title")}
      </h2>
      <ul className="presence__list" data-testid="presence">
        {presence.map((p) => {
          const section = p.section ? titles.get(p.section) : null;
          return (
            <li key={p.clientId} className="presence__item">
              <span className="presence__swatch" style={{ backgroundColor: p.color }} aria-hidden="true" />
              <span className="presence__name">
                {p.name} {p.self ? t("presence.you") : null}
              </span>
              <span className="presence__where">
                {section ? t("presence.inSection", { section }) : t("presence.notInSection")}
              </span>
            </li>
          );
        })}
      </ul>
      {others.length === 0 ? <p className="presence__alone">{t("presence.alone")}</p> : null}
    </aside>
  );
}
