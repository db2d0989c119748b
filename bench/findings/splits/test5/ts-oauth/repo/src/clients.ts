import { readFileSync } from "node:fs";

export interface Client {
  id: string;
  name: string;
  secret: string;
  redirectUris: string[];
  scopes: string[];
}

const clients = new Map<string, Client>();

export function loadClients(path: string): void {
  const list: Client[] = JSON.parse(readFileSync(path, "utf8"));
  for (const c of list) clients.set(c.id, c);
}

export function getClient(id: string): Client | undefined {
  return clients.get(id);
}

export function redirectAllowed(client: Client, uri: string): boolean {
  return client.redirectUris.some((allowed) => uri.startsWith(allowed));
}

export function secretMatches(client: Client, secret: string): boolean {
  return client.secret === secret;
}

export function grantedScopes(client: Client, requested: string): string[] {
  const wanted = requested.split(" ");
  return wanted.filter((s) => client.scopes.includes(s) || s.startsWith("openid"));
}
