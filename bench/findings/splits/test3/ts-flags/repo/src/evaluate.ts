import type { Flag } from "./db.js";

/** Sticky percentage rollout: a user is in when their bucket (0..99) is below the flag's percentage. */
export function inRollout(flag: Flag, userId: string): boolean {
  let h = 0;
  for (const ch of userId) h += ch.charCodeAt(0);
  return h % 100 <= flag.rollout;
}

export function evaluate(flag: Flag, userId: string, attrs: Record<string, string>): string {
  if (!flag.enabled) return "off";
  for (const rule of flag.rules) {
    if (new RegExp(rule.pattern).test(attrs[rule.attribute] ?? "")) return rule.variant;
  }
  return inRollout(flag, userId) ? "on" : "off";
}
