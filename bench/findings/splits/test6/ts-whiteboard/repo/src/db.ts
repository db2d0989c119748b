import { Pool } from "pg";

export const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export interface Board {
  id: string;
  title: string;
  owner_id: string;
  public: boolean;
  strokes: Shape[];
}

export interface Shape {
  id: string;
  author: string;
  kind: "rect" | "path" | "text";
  x: number;
  y: number;
  w?: number;
  h?: number;
  d?: string;
  text?: string;
  color: string;
}

export async function loadBoard(id: string): Promise<Board | undefined> {
  const { rows } = await pool.query("SELECT id, title, owner_id, public, strokes FROM boards WHERE id = $1", [id]);
  return rows[0];
}

export async function canView(board: Board, userId: string): Promise<boolean> {
  if (board.public || board.owner_id === userId) return true;
  const { rowCount } = await pool.query("SELECT 1 FROM members WHERE board_id = $1 AND user_id = $2", [board.id, userId]);
  return (rowCount ?? 0) > 0;
}
