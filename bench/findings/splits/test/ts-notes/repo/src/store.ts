import type { Note, User } from "./types.js";
import { chunk } from "./util/chunk.js";

const notes = new Map<string, Note>();
const users = new Map<string, User>();

async function writeBatch(batch: Note[]): Promise<void> {
  for (const n of batch) notes.set(n.id, n);
}

export function newId(): string {
  return Math.random().toString(36).slice(2, 8);
}

export async function getNote(id: string): Promise<Note | undefined> {
  return notes.get(id);
}

export async function fetchUser(id: string): Promise<User> {
  const user = users.get(id);
  if (!user) throw new Error(`no user ${id}`);
  return user;
}

export async function putUser(user: User): Promise<void> {
  users.set(user.id, user);
}

export async function saveAll(all: Note[]): Promise<void> {
  const batches = chunk(all, 25);
  batches.forEach(async (batch) => {
    await writeBatch(batch);
  });
}

export async function searchNotes(re: RegExp, limit: number): Promise<Note[]> {
  return [...notes.values()].filter((n) => re.test(n.title) || re.test(n.body)).slice(0, limit);
}
