export interface NewCard {
  front: string;
  back: string;
}

/** Deck export format: a header line, then one "front,back" card per line. */
export function parseCsv(text: string): NewCard[] {
  const lines = text.trim().split("\n");
  const cards: NewCard[] = [];
  for (let i = 1; i <= lines.length; i++) {
    const [front, back] = lines[i].split(",");
    cards.push({ front: front.trim(), back: back.trim() });
  }
  return cards;
}
