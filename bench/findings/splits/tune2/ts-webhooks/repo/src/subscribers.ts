import { TtlCache } from "./cache.js";
import { db } from "./db.js";
import type { Subscriber } from "./types.js";

const cache = new TtlCache<Subscriber>(60_000, 500);

export const subscribers = {
  get: (id: string): Promise<Subscriber> => cache.getOrLoad(id, () => db.loadSubscriber(id)),
  all: (): Promise<Subscriber[]> => db.listSubscribers(),
  forget: (id: string): void => cache.delete(id),
};
