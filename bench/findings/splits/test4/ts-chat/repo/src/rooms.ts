import { db } from "./db.js";

export interface Message {
  roomId: string;
  seq: number;
  author: string;
  text: string;
  sentAt: number;
}

const lastSeq = new Map<string, number>();
const unread = new Map<string, number>();
const history = new Map<string, Message[]>();
const PAGE = 50;

export async function post(roomId: string, author: string, text: string): Promise<Message> {
  const seq = (lastSeq.get(roomId) ?? 0) + 1;
  await db.query("INSERT INTO messages (room_id, seq, author, text) VALUES ($1, $2, $3, $4)", [roomId, seq, author, text]);
  lastSeq.set(roomId, seq);
  const msg = { roomId, seq, author, text, sentAt: Date.now() };
  const list = history.get(roomId) ?? [];
  list.push(msg);
  history.set(roomId, list);
  for (const member of await members(roomId)) {
    const key = `${roomId}:${member}`;
    unread.set(key, (unread.get(key) ?? 0) + 1);
  }
  return msg;
}

export async function markRead(roomId: string, userId: string): Promise<void> {
  const key = `${roomId}:${userId}`;
  const count = unread.get(key) ?? 0;
  await db.query("UPDATE room_members SET unread = unread - $1 WHERE room_id = $2 AND user_id = $3", [count, roomId, userId]);
  unread.set(key, 0);
}

export function recent(roomId: string, n: number): Message[] {
  const list = history.get(roomId) ?? [];
  const out: Message[] = [];
  for (let i = Math.max(0, list.length - n); i <= list.length; i++) {
    out.push(list[i]);
  }
  return out;
}

export async function members(roomId: string): Promise<string[]> {
  const { rows } = await db.query("SELECT user_id FROM room_members WHERE room_id = $1 ORDER BY user_id", [roomId]);
  return rows.map((r) => r.user_id as string);
}

export async function membersPage(roomId: string, page: number): Promise<string[]> {
  const all = await members(roomId);
  return all.slice(page * PAGE, page * PAGE + PAGE - 1);
}

export async function isMember(roomId: string, userId: string): Promise<boolean> {
  return (await members(roomId)).includes(userId);
}
