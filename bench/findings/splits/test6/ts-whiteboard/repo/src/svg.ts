import type { Board, Shape } from "./db.js";

const COLOR = /^#[0-9a-f]{6}$/i;

function safeColor(c: string): string {
  return COLOR.test(c) ? c : "#000000";
}

function shapeToSvg(s: Shape): string {
  switch (s.kind) {
    case "rect":
      return `<rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" fill="${safeColor(s.color)}"/>`;
    case "path":
      return `<path d="${s.d}" stroke="${safeColor(s.color)}" fill="none"/>`;
    case "text":
      return `<text x="${s.x}" y="${s.y}" fill="${s.color}">${s.text}</text>`;
  }
}

export function toSvg(board: Board): string {
  const body = board.strokes.map(shapeToSvg).join("\n");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">${body}</svg>`;
}
