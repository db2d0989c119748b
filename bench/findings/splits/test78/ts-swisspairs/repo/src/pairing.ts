// Swiss pairing for one round: score groups top-down, top half against bottom half, one bye when odd.

export interface Entrant {
  id: number;
  rating: number;
  points: number;
  hadBye: boolean;
  colours: string; // colour history, oldest first, e.g. "WBW"
}

export interface Pairing {
  white: number;
  black: number;
}

export function pairRound(entrants: Entrant[]): { pairs: Pairing[]; bye: number | null } {
  const sorted = [...entrants].sort((a, b) => b.points - a.points || b.rating - a.rating);
  let bye: number | null = null;
  if (sorted.length % 2 === 1) {
    for (let i = sorted.length - 1; i > 0; i--) {
      if (!sorted[i].hadBye) {
        bye = sorted.splice(i, 1)[0].id;
        break;
      }
    }
  }
  const half = sorted.length / 2;
  const pairs: Pairing[] = [];
  for (let i = 0; i < half; i++) {
    const top = sorted[i];
    const bottom = sorted[i + half];
    pairs.push(whiteFirst(top, bottom) ? { white: top.id, black: bottom.id } : { white: bottom.id, black: top.id });
  }
  return { pairs, bye };
}

function whiteFirst(a: Entrant, b: Entrant): boolean {
  const aWhites = a.colours.split("").filter((c) => c === "W").length;
  const bWhites = b.colours.split("").filter((c) => c === "W").length;
  return aWhites <= bWhites;
}
