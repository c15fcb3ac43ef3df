// The growing text of `gcc -E` output, kept as UTF-16 code units in one typed array.
//
// For speed: the printer writes a few characters per token, well over a hundred thousand
// times per run. An array of string pieces joined at the end keeps every piece alive until
// the join (garbage-collector work); writing the codes into one buffer and decoding it once
// makes no object per token.

export class TextBuffer {
  private codes = new Uint16Array(1 << 16);
  private length = 0;
  /** Every code written, or-ed together: tells whether a surrogate may be among them. */
  private seen = 0;

  write(s: string): void {
    const n = s.length;
    if (this.length + n > this.codes.length) this.grow(n);
    const codes = this.codes;
    let k = this.length;
    let seen = this.seen;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      codes[k++] = c;
      seen |= c;
    }
    this.length = k;
    this.seen = seen;
  }

  /** One character code below 0x80 (a space, a newline). */
  char(c: number): void {
    if (this.length === this.codes.length) this.grow(1);
    this.codes[this.length++] = c;
  }

  /** `n` spaces. */
  spaces(n: number): void {
    if (this.length + n > this.codes.length) this.grow(n);
    this.codes.fill(0x20, this.length, this.length + n);
    this.length += n;
  }

  /** How many codes have been written. */
  get size(): number {
    return this.length;
  }

  /** The text written since `from` (an earlier size), exactly. */
  since(from: number): string {
    return decode(this.codes.subarray(from, this.length), this.seen);
  }

  toString(): string {
    return decode(this.codes.subarray(0, this.length), this.seen);
  }

  private grow(atLeast: number): void {
    const bigger = new Uint16Array(Math.max(this.codes.length * 2, this.length + atLeast));
    bigger.set(this.codes.subarray(0, this.length));
    this.codes = bigger;
  }
}

/** UTF-16 codes as a string; `seen` is every code or-ed together. */
function decode(codes: Uint16Array, seen: number): string {
  // A short text (a line) is made code by code. For a long one TextDecoder is the fast way,
  // but it would replace an unpaired surrogate with U+FFFD: text that may hold one is rebuilt
  // code by code too, exactly. (A decoder is made per call: the start-up snapshot cannot hold one.)
  if (codes.length <= 1024) return String.fromCharCode(...codes);
  if (seen < 0xd800) return new TextDecoder("utf-16le").decode(codes);
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += 8192) parts.push(String.fromCharCode(...codes.subarray(i, i + 8192)));
  return parts.join("");
}
