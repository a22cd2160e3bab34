/**
 * Headings written inside a section sit one level below the section's title wherever the section is shown
 * under its own heading (a saved version: section titles are <h2>, so the text's H2 becomes <h3>).
 * Works on the HTML of ProseMirror's DOM serializer, where user text is escaped: "<h" starts only real tags.
 */
export function demoteHeadings(html: string, by = 1): string {
  return html.replace(/<(\/?)h([1-6])(?=[\s>])/gi, (_match, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + by)}`);
}
