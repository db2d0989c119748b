import type { IncomingMessage } from "node:http";
import { WebSocket, WebSocketServer } from "ws";

const rooms = new Map<string, Set<WebSocket>>();

export function attach(wss: WebSocketServer) {
  wss.on("connection", (ws: WebSocket, req: IncomingMessage) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const board = url.searchParams.get("board") ?? "";
    if (!rooms.has(board)) rooms.set(board, new Set());
    rooms.get(board)!.add(ws);
    ws.on("message", (data) => broadcast(board, JSON.parse(data.toString())));
  });
}

export function broadcast(board: string, event: unknown) {
  const payload = JSON.stringify(event);
  for (const ws of rooms.get(board) ?? []) ws.send(payload);
}
