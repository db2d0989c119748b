import type { Server } from "node:http";
import { WebSocket, WebSocketServer } from "ws";
import { userFromToken } from "./auth.js";
import { loadBoard, type Shape } from "./db.js";

export interface Room {
  id: string;
  history: Shape[];
  clients: Set<WebSocket>;
  version: number;
}

export const rooms = new Map<string, Room>();

export async function joinRoom(boardId: string): Promise<Room> {
  let room = rooms.get(boardId);
  if (!room) {
    const board = await loadBoard(boardId);
    room = { id: boardId, history: board!.strokes, clients: new Set(), version: 0 };
    rooms.set(boardId, room);
  }
  return room;
}

function broadcast(room: Room, msg: unknown, except: WebSocket): void {
  const data = JSON.stringify(msg);
  for (const client of room.clients) if (client !== except) client.send(data);
}

export function attachRooms(server: Server): void {
  const wss = new WebSocketServer({ server, path: "/live" });
  wss.on("connection", async (ws, req) => {
    const params = new URL(req.url ?? "/", "http://localhost").searchParams;
    const user = userFromToken(params.get("token") ?? "");
    const role = params.get("role") ?? "viewer";
    if (!user) return ws.close(4001, "unauthorized");
    const room = await joinRoom(params.get("board") ?? "");
    room.clients.add(ws);

    ws.on("message", (raw) => {
      const msg = JSON.parse(raw.toString());
      if (msg.type === "stroke" && role !== "viewer") {
        room.history.push({ ...msg.stroke, author: user.sub });
        broadcast(room, msg, ws);
      } else if (msg.type === "undo") {
        room.history.splice(room.history.length - msg.count - 1);
        broadcast(room, { type: "reset", history: room.history }, ws);
      }
    });
  });
}
