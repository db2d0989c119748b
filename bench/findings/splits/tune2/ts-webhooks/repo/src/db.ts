import type { Subscriber } from "./types.js";

// The real implementation talks to Postgres; the relay only needs these two reads.
export interface Db {
  loadSubscriber(id: string): Promise<Subscriber>;
  listSubscribers(): Promise<Subscriber[]>;
}

export declare const db: Db;
