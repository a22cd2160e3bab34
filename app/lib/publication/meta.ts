/** Title, description, canonical URL and Open Graph tags of a public page rendered by Remix (pure). */
export function publicMeta(input: { title: string; description: string; canonical: string }) {
  const title = `${input.title} — Wspólnie`;
  return [
    { title },
    { name: "description", content: input.description },
    { tagName: "link", rel: "canonical", href: input.canonical },
    { property: "og:type", content: "website" },
    { property: "og:site_name", content: "Wspólnie" },
    { property: "og:title", content: input.title },
    { property: "og:description", content: input.description },
    { property: "og:url", content: input.canonical },
  ];
}
