// Staff-only room and hint administration, mounted under /admin behind requireStaff.
import { Router } from 'express';
import type pg from 'pg';

const DIFFICULTIES = new Set(['easy', 'medium', 'hard', 'expert']);

export function adminRouter(pool: pg.Pool): Router {
  const r = Router();

  r.post('/rooms', async (req, res) => {
    const { name, difficulty, minPlayers, maxPlayers, pricePerPlayer } = req.body;
    if (typeof name !== 'string' || name.length === 0 || name.length > 80) {
      return res.status(400).json({ error: 'name must be 1-80 characters' });
    }
    if (!DIFFICULTIES.has(difficulty)) return res.status(400).json({ error: 'unknown difficulty' });
    if (!Number.isInteger(minPlayers) || !Number.isInteger(maxPlayers) || minPlayers < 1 || maxPlayers < minPlayers) {
      return res.status(400).json({ error: 'bad team size' });
    }
    const { rows } = await pool.query(
      'INSERT INTO rooms (name, difficulty, min_players, max_players, price_per_player, active) VALUES ($1, $2, $3, $4, $5, true) RETURNING id',
      [name, difficulty, minPlayers, maxPlayers, Number(pricePerPlayer)],
    );
    res.status(201).json({ id: rows[0].id });
  });

  r.put('/rooms/:id/hints', async (req, res) => {
    const hints: unknown = req.body.hints;
    if (!Array.isArray(hints) || hints.some((h) => typeof h !== 'string')) {
      return res.status(400).json({ error: 'hints must be a list of strings' });
    }
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('DELETE FROM hints WHERE room_id = $1', [req.params.id]);
      for (const [position, body] of hints.entries()) {
        await client.query('INSERT INTO hints (room_id, position, body) VALUES ($1, $2, $3)', [req.params.id, position, body]);
      }
      await client.query('COMMIT');
      res.json({ count: hints.length });
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    } finally {
      client.release();
    }
  });

  return r;
}
