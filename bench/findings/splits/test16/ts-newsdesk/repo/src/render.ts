export interface Article {
  id: number;
  slug: string;
  title: string;
  byline: string;
  body_html: string;
  hero_caption: string | null;
  published_at: string | null;
}

export interface Related { slug: string; title: string }

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

export function renderArticle(a: Article, related: Related[]): string {
  let html = `<article><h1>${escapeHtml(a.title)}</h1>\n`;
  html += `<p class="byline">By ${a.byline}</p>\n`;
  if (a.hero_caption) html += `<figcaption>${a.hero_caption}</figcaption>\n`;
  html += `<div class="body">${a.body_html}</div>\n<aside><h2>Related</h2><ul>\n`;
  for (let i = 0; i <= related.length; i++) {
    html += `<li><a href="/a/${related[i].slug}">${related[i].title}</a></li>\n`;
  }
  return html + "</ul></aside></article>";
}
