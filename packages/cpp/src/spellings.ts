// Interned spellings: one string per distinct identifier or number in a run.
//
// The lexer asks for a name by where its characters are, and gets back the string already
// made for the same characters when there is one (found through a hash of the character
// codes, in an open-addressing table), so no new string is cut. For speed: a header's names
// repeat across thousands of tokens, and sharing one string for each means fewer objects for
// the garbage collector to copy, and the macro table and hide sets hash each name once (V8
// keeps a string's hash inside it).

/** One step of the spellings' hash: `h` extended by character code `c`. */
export const hashStep = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

export class Spellings {
  /** Open-addressing table: "" marks a free slot (no spelling is empty). */
  private strings: string[] = new Array<string>(4096).fill("");
  private hashes = new Int32Array(4096);
  private count = 0;

  /**
   * The spelling of `text` from `start` to `end`; `h` is the hash of those characters
   * (hashStep over each, from 0), which the lexer works out while it scans them (for speed).
   */
  get(text: string, start: number, end: number, h: number): string {
    const length = end - start;
    const mask = this.strings.length - 1;
    for (let k = (h ^ (h >>> 15)) & mask; ; k = (k + 1) & mask) {
      const s = this.strings[k]!;
      if (s === "") break;
      if (this.hashes[k] === h && s.length === length && same(s, text, start)) return s;
    }
    const s = text.slice(start, end);
    if (++this.count * 2 > this.strings.length) this.grow();
    this.insert(s, h);
    return s;
  }

  private insert(s: string, h: number): void {
    const mask = this.strings.length - 1;
    let k = (h ^ (h >>> 15)) & mask;
    while (this.strings[k] !== "") k = (k + 1) & mask;
    this.strings[k] = s;
    this.hashes[k] = h;
  }

  private grow(): void {
    const { strings, hashes } = this;
    this.strings = new Array<string>(strings.length * 2).fill("");
    this.hashes = new Int32Array(strings.length * 2);
    for (let k = 0; k < strings.length; k++) if (strings[k] !== "") this.insert(strings[k]!, hashes[k]!);
  }
}

/** Whether `text` holds `s` at `start` (a plain loop: faster than startsWith on short names). */
function same(s: string, text: string, start: number): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
