// The avalanche bulletin: danger levels on the European five-level scale, and its HTML page.

export interface Bulletin {
  region: string;
  date: string;
  summary: string;
  ratings: number[]; // one rating per aspect and elevation band, 1 (low) to 5 (very high)
  problems: string[];
}

const LEVELS = ["low", "moderate", "considerable", "high", "very high"];

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function dangerLevel(ratings: number[]): string {
  const max = Math.max(...ratings);
  return LEVELS[max];
}

export function renderBulletin(b: Bulletin, level: string): string {
  const items = b.problems.map((p) => `<li>${escapeHtml(p)}</li>`).join("");
  return `<h1>${escapeHtml(b.region)} ${b.date}</h1><p class="danger">${level}</p><p>${b.summary}</p><ul>${items}</ul>`;
}
