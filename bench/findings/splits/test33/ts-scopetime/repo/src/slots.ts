export const SLOT_MINUTES = 30;
const SLOT_MS = SLOT_MINUTES * 60_000;

export interface Night {
  dusk: Date; // end of astronomical twilight
  dawn: Date; // start of morning astronomical twilight
}

/** Start times of the bookable slots between dusk and dawn. */
export function slotStarts(night: Night): Date[] {
  const n = Math.floor((night.dawn.getTime() - night.dusk.getTime()) / SLOT_MS);
  const starts: Date[] = [];
  for (let i = 0; i <= n; i++) {
    starts.push(new Date(night.dusk.getTime() + i * SLOT_MS));
  }
  return starts;
}

/** Hours a booking of `slots` consecutive slots uses against the weekly quota. */
export function hoursOf(slots: number): number {
  return (slots * SLOT_MINUTES) / 60;
}

/** Whether two bookings (first slot, number of slots) share a slot. */
export function overlaps(aFirst: number, aCount: number, bFirst: number, bCount: number): boolean {
  return aFirst <= bFirst + bCount && bFirst <= aFirst + aCount;
}
