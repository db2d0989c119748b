import { fetchUser, putUser } from "./store.js";
import type { User } from "./types.js";

const cache = new Map<string, User>();
export const stats = { hits: 0, misses: 0 };

export async function getUser(id: string): Promise<User> {
  const hit = cache.get(id);
  if (hit) {
    stats.hits++;
    return hit;
  }
  const user = await fetchUser(id);
  cache.set(id, user);
  stats.misses++;
  return user;
}

export async function updateUser(user: User): Promise<void> {
  await putUser(user);
}
