// Per-user storage quota, kept in memory and flushed to disk by a timer elsewhere.
export const LIMIT_BYTES = 50 * 1024 * 1024;
const used = new Map<string, number>();

export async function withQuota(user: string, size: number, write: () => Promise<void>): Promise<boolean> {
  const current = used.get(user) ?? 0;
  if (current + size > LIMIT_BYTES) return false;
  await write();
  used.set(user, current + size);
  return true;
}

export function usage(user: string): number {
  return used.get(user) ?? 0;
}
