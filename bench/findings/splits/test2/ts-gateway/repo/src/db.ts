import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export const db = {
  async passwordHash(user: string): Promise<string | null> {
    const r = await pool.query("SELECT password_hash FROM users WHERE name = $1", [user]);
    return r.rows[0]?.password_hash ?? null;
  },
  async findUser(id: string): Promise<{ id: string }> {
    const r = await pool.query("SELECT id FROM users WHERE id = $1", [id]);
    return r.rows[0];
  },
};
