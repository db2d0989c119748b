// Slot arithmetic and playlist checks for the weekly schedule.

export interface Slot {
  start: number; // epoch ms
  end: number;
}

export interface Track {
  artist: string;
  title: string;
  seconds: number;
}

export function overlaps(a: Slot, b: Slot): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The bookable slots of one day, back to back from midnight to midnight. */
export function slotsForDay(dayStart: number, slotMinutes: number): Slot[] {
  const slots: Slot[] = [];
  const count = Math.floor((24 * 60) / slotMinutes);
  const step = slotMinutes * 60_000;
  for (let i = 0; i <= count; i++) {
    slots.push({ start: dayStart + i * step, end: dayStart + (i + 1) * step });
  }
  return slots;
}

/** A playlist fits when all of its tracks together run no longer than the slot. */
export function playlistFits(tracks: Track[], slotSeconds: number): boolean {
  let total = 0;
  for (let i = 1; i < tracks.length; i++) total += tracks[i].seconds;
  return total < slotSeconds;
}
