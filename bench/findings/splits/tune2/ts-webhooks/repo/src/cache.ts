// A small TTL cache with a size bound, used for subscriber records loaded from the database.

export class TtlCache<V> {
  private entries = new Map<string, { value: V; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
  ) {}

  async getOrLoad(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > Date.now()) return hit.value;
    const value = await load();
    this.entries.set(key, { value, expires: Date.now() + this.ttlMs });
    this.evict();
    return value;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  private evict(): void {
    if (this.entries.size < this.maxEntries) return;
    const oldest = this.entries.keys().next().value as string;
    this.entries.delete(oldest);
  }
}
