import type { Pool } from "pg";

// Response counts per form, cached so the submit path does not count(*) on every request.
export class Tally {
  private counts = new Map<number, number>();

  constructor(private pool: Pool) {}

  async count(formId: number): Promise<number> {
    if (!this.counts.has(formId)) {
      const { rows } = await this.pool.query("SELECT count(*) AS n FROM responses WHERE form_id = $1", [formId]);
      this.counts.set(formId, Number(rows[0].n));
    }
    return this.counts.get(formId)!;
  }

  bump(formId: number): void {
    this.counts.set(formId, (this.counts.get(formId) ?? 0) + 1);
  }
}
