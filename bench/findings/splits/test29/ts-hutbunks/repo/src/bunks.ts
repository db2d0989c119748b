// Huts, their bunks and season, and the nightly price.

export interface Hut {
  name: string;
  bunks: number;
  maxGroup: number;
  nightly: number;
}

export const HUTS: Record<string, Hut> = {
  "col-blanc": { name: "Refuge du Col Blanc", bunks: 42, maxGroup: 12, nightly: 38 },
  "lac-noir": { name: "Cabane du Lac Noir", bunks: 18, maxGroup: 6, nightly: 32 },
  "grand-couloir": { name: "Bivouac du Grand Couloir", bunks: 9, maxGroup: 4, nightly: 25 },
};

const DAY_MS = 86_400_000;

export function nightsBetween(arrive: Date, nights: number): string[] {
  const out: string[] = [];
  for (let i = 0; i <= nights; i++) {
    out.push(new Date(arrive.getTime() + i * DAY_MS).toISOString().slice(0, 10));
  }
  return out;
}

export function bunksFree(hut: Hut, from: Date, nights: number, taken: { night: string; n: string }[]) {
  const used = new Map(taken.map((r) => [r.night, Number(r.n)]));
  return nightsBetween(from, nights).map((night) => ({ night, free: hut.bunks - (used.get(night) ?? 0) }));
}

export function priceFor(hut: Hut, nights: number, bunks: number): number {
  return hut.nightly * nights * bunks;
}
