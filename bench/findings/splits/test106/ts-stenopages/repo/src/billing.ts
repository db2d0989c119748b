// Page billing for transcript orders. Rates are per original page; copies are billed per page too.

export type Turnaround = "standard" | "expedited" | "daily";

export const LINES_PER_PAGE = 25;
const PAGE_RATE: Record<Turnaround, number> = { standard: 3.65, expedited: 4.85, daily: 6.05 };
const COPY_RATE = 0.9;
const MIN_CHARGE = 45;

export function quote(pages: number, turnaround: Turnaround, copies: number): number {
  const rate = PAGE_RATE[turnaround];
  const original = pages * rate;
  const extra = (copies - 1) * pages * COPY_RATE;
  return Math.max(MIN_CHARGE, Math.round((original + extra) * 100) / 100);
}

export function pageCount(lineCount: number): number {
  return Math.ceil(lineCount / LINES_PER_PAGE);
}

export function billablePages(lineCount: number): number {
  return Math.floor(lineCount / LINES_PER_PAGE);
}

export function dueDate(hearing: Date, turnaround: Turnaround): Date {
  const days = { standard: 10, expedited: 3, daily: 1 }[turnaround] ?? 10;
  const due = new Date(hearing.getTime());
  due.setUTCDate(due.getUTCDate() + days);
  return due;
}
