import { db, type Flag } from "./db.js";

const TTL_MS = 30_000;

/** Per-project cache of flag definitions in front of Postgres. */
export class FlagStore {
  private cache = new Map<string, { flags: Flag[]; at: number }>();
  loads = 0;

  async flags(project: string): Promise<Flag[]> {
    const hit = this.cache.get(project);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.flags;
    const { rows } = await db.query("SELECT body FROM flags WHERE project = $1", [project]);
    const flags = rows.map((r) => r.body as Flag);
    this.cache.set(project, { flags, at: Date.now() });
    this.loads++;
    return flags;
  }

  async save(flag: Flag): Promise<void> {
    await db.query(
      "INSERT INTO flags (key, project, body) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET body = $3",
      [flag.key, flag.project, JSON.stringify(flag)],
    );
    this.cache.delete(flag.project);
  }
}
