// Paddle length (cm) by paddler height: one entry per 5 cm from 150 cm to 199 cm, touring style.
// Whitewater paddles are 10 cm shorter than touring ones.
const SIZES = [210, 215, 220, 220, 225, 230, 230, 235, 240, 240];

export type PaddleStyle = "touring" | "whitewater";

export function paddleFor(heightCm: number, style: PaddleStyle): number {
  const h = Math.round(heightCm);
  let idx = Math.floor((h - 150) / 5);
  if (idx > SIZES.length) idx = SIZES.length;
  const length = SIZES[idx];
  return style === "whitewater" ? length - 10 : length;
}
