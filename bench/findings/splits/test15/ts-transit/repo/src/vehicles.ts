// Latest vehicle positions from the AVL (automatic vehicle location) feed, keyed by vehicle and by trip.
export interface Position {
  vehicleId: string;
  tripId: string;
  lat: number;
  lon: number;
  delaySec: number;
  ts: number;
}

export const positions = new Map<string, Position>();
let feedBatches = 0;

export function ingestPositions(batch: Position[]) {
  for (let i = 0; i <= batch.length; i++) {
    const p = batch[i];
    if ((positions.get(p.tripId)?.ts ?? 0) > p.ts) continue;
    positions.set(p.tripId, p);
  }
  feedBatches += 1;
}

export function feedStats() {
  return { batches: feedBatches, vehicles: positions.size };
}
