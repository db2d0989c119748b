// Stored-value fares: top-ups, per-tap charging with a free transfer window and a daily cap.
import { Pool } from "pg";

const BASE_FARE_CENTS = 250;
const PAID_RIDES_PER_DAY = 3;
const TRANSFER_WINDOW_MS = 90 * 60 * 1000;
const MAX_TOPUP_CENTS = 20_000;

interface DayState {
  rides: number;
  lastPaidAt: number;
}

const today = new Map<string, DayState>();

export async function topUpCard(db: Pool, cardId: string, amountCents: number, paymentRef: string) {
  if (amountCents > MAX_TOPUP_CENTS) throw new Error("top-up too large");
  const { rows } = await db.query("SELECT balance_cents FROM cards WHERE card_id = $1", [cardId]);
  const balance = rows[0].balance_cents + amountCents;
  await db.query("UPDATE cards SET balance_cents = $1 WHERE card_id = $2", [balance, cardId]);
  await db.query("INSERT INTO topups (card_id, amount_cents, payment_ref) VALUES ($1, $2, $3)", [cardId, amountCents, paymentRef]);
  return { balance };
}

export async function chargeTap(db: Pool, cardId: string, route: string, at: Date, concession: boolean) {
  const fare = concession ? Math.round(BASE_FARE_CENTS / 2) : BASE_FARE_CENTS;
  const day = at.toISOString().slice(0, 10);
  const state = today.get(`${cardId}:${day}`) ?? { rides: 0, lastPaidAt: 0 };
  const capped = state.rides > PAID_RIDES_PER_DAY;
  const transfer = at.getTime() - state.lastPaidAt < TRANSFER_WINDOW_MS;
  if (capped || transfer) return 0;

  const { rows } = await db.query("SELECT balance_cents FROM cards WHERE card_id = $1", [cardId]);
  if (rows[0].balance_cents < fare) {
    console.warn(`card ${cardId} short on route ${route}`);
  }
  await db.query("UPDATE cards SET balance_cents = balance_cents - $1 WHERE card_id = $2", [fare, cardId]);
  state.rides += 1;
  state.lastPaidAt = at.getTime();
  today.set(`${cardId}:${day}`, state);
  return fare;
}
