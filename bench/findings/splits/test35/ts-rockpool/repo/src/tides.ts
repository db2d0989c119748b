export interface Walk {
  id: number;
  beach: string;
  starts_at: string;
  low_tide_at: string;
  capacity: number;
  min_age: number;
  guide: string;
}

const MINUTE = 60_000;
export const SAFE_BEFORE_LOW = 90; // minutes on the rocks before low water
export const SAFE_AFTER_LOW = 60; // and after it, before the flood cuts the path off

export function onShoreWindow(w: Walk): [number, number] {
  const low = new Date(w.low_tide_at).getTime();
  return [low - SAFE_BEFORE_LOW * MINUTE, low + SAFE_AFTER_LOW * MINUTE];
}

export function walkIsSafe(w: Walk, durationMin: number): boolean {
  const [from, until] = onShoreWindow(w);
  const start = new Date(w.starts_at).getTime();
  const end = start + durationMin * MINUTE;
  return start >= from && end <= until;
}

export function seatsLeft(capacity: number, parties: number[]): number {
  let taken = 0;
  for (let i = 1; i < parties.length; i++) taken += parties[i];
  return capacity - taken;
}

// A child may join when they have reached the walk's minimum age on the day.
export function ageOk(birthYear: number, minAge: number, onDay: Date): boolean {
  return onDay.getFullYear() - birthYear > minAge;
}
