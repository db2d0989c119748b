import { exec } from "child_process";
import { readFile } from "fs/promises";

/** Pronunciation audio for a card, rendered by espeak-ng. */
export function pronounce(word: string, lang: string): Promise<Buffer> {
  const out = `/tmp/tts-${word}.wav`;
  return new Promise((resolve, reject) => {
    exec(`espeak-ng -v ${lang} -w ${out} "${word}"`, (err) => {
      if (err) return reject(err);
      readFile(out).then(resolve, reject);
    });
  });
}
