// Filament ledger arithmetic. Prices are per kilogram of filament, in pence.

export const PAGE_SIZE = 25;
export const PENCE_PER_KG = 2400;
export const LOW_SPOOL_G = 100;

export function pageWindow(page: number): { offset: number; size: number } {
  const p = Number.isFinite(page) && page > 0 ? Math.floor(page) : 1;
  return { offset: p * PAGE_SIZE, size: PAGE_SIZE };
}

export function costPence(grams: number): number {
  return Math.round((grams * PENCE_PER_KG) / 100);
}

export function gramsLeft(remaining: number, used: number): number {
  return Math.max(0, remaining - used);
}

export function spoolIsLow(remainingG: number): boolean {
  return remainingG < LOW_SPOOL_G;
}

export function spoolsNeeded(grams: number, spoolG: number): number {
  return Math.floor(grams / spoolG) + 1;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
