// "Now playing" for the website banner, cached for ten seconds.

import { Pool } from "pg";

export interface NowPlaying {
  show: string;
  artist: string;
  title: string;
}

const TTL_MS = 10_000;
let current: NowPlaying | null = null;
let fetchedAt = 0;
export let refreshes = 0;

export async function nowPlaying(pool: Pool): Promise<NowPlaying | null> {
  if (current && Date.now() - fetchedAt < TTL_MS) return current;
  refreshes++;
  const { rows } = await pool.query(
    "SELECT s.title AS show, p.artist, p.title FROM plays p JOIN shows s ON s.id = p.show_id ORDER BY p.played_at DESC LIMIT 1",
  );
  current = rows[0] ?? null;
  fetchedAt = Date.now();
  return current;
}
