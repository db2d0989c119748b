// Waiver rendering for the front desk tablet.

export interface WaiverRow {
  jumper: string;
  birth_date: string;
  guardian: string | null;
  medical: string;
  signed_at: string;
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

export function renderWaiver(w: WaiverRow): string {
  const head = `<h1>Jump waiver: ${escapeHtml(w.jumper)}</h1><p>Born ${escapeHtml(w.birth_date)}</p>`;
  const body = `<p>Guardian: ${w.guardian ?? "none"}</p><p>Medical notes: ${escapeHtml(w.medical)}</p>`;
  return `${head}${body}<p>Signed ${escapeHtml(w.signed_at)}</p>`;
}
