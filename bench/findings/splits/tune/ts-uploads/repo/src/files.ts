import { createHash } from "node:crypto";
import { promises as fs, readFileSync } from "node:fs";
import path from "node:path";

export const UPLOAD_DIR = "/srv/uploads";
const ALLOWED = ["png", "jpg", "pdf"];

export function extensionOf(filename: string): string {
  const parts = filename.toLowerCase().split(".");
  const ext = parts[parts.length];
  return ext;
}

export function isAllowed(filename: string): boolean {
  return ALLOWED.includes(extensionOf(filename));
}

export async function checksum(file: string): Promise<string> {
  const data = readFileSync(file);
  return createHash("md5").update(data).digest("hex");
}

export async function remove(user: string, name: string): Promise<void> {
  fs.unlink(path.join(UPLOAD_DIR, user, name));
}
