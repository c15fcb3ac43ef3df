// The pp-token lexer: token kinds, spellings, splices, comments and exact source locations.
import { describe, expect, it } from "vitest";
import { GlassError, SourceFile } from "@glass/diagnostics";
import { lex } from "@glass/cpp";

const toks = (text: string) => lex(new SourceFile("t.c", text));
const spell = (text: string) => toks(text).map((t) => `${t.kind}:${t.text}`);

describe("lex", () => {
  it("cuts identifiers, pp-numbers, literals and punctuators", () => {
    expect(spell("int x1 = 0x1p-3+1e+5 .5e-x;")).toEqual([
      "identifier:int", "identifier:x1", "punctuator:=", "number:0x1p-3", "punctuator:+",
      "number:1e+5", "number:.5e-x", "punctuator:;",
    ]);
    expect(spell(`u8"a" L'b' U"c" u'\\'' "q\\"x" u8x`)).toEqual([
      'string:u8"a"', "character:L'b'", 'string:U"c"', "character:u'\\''", 'string:"q\\"x"', "identifier:u8x",
    ]);
    expect(spell("a<<=b...c->d##e%:%:<::>")).toEqual([
      "identifier:a", "punctuator:<<=", "identifier:b", "punctuator:...", "identifier:c",
      "punctuator:->", "identifier:d", "punctuator:##", "identifier:e", "punctuator:%:%:",
      "punctuator:<:", "punctuator::>",
    ]);
    expect(spell("@ `")).toEqual(["other:@", "other:`"]);
  });

  it("splices lines and keeps original offsets", () => {
    const t = toks("ab\\\ncd + 1");
    expect(t[0]!.text).toBe("abcd");
    expect(t[0]!.loc).toMatchObject({ offset: 0, length: 6 });
    expect(t[1]!.loc.offset).toBe(7);
  });

  it("keeps every offset through several splices and trigraphs", () => {
    // Splices (one with trailing blanks and CRLF) and trigraphs between plain runs of text.
    const text = "#define LONG(x) \\\n  ((x) + \\  \r\n   1)\nint ??( y ?? z ??/\nw;\n";
    const t = lex(new SourceFile("t.c", text), { trigraphs: true });
    expect(t.map((x) => x.text).join(" ")).toBe("# define LONG ( x ) ( ( x ) + 1 ) int [ y ? ? z w ;");
    for (const x of t) if (!["[", "w"].includes(x.text)) expect(text.slice(x.loc.offset, x.loc.offset + x.loc.length!)).toBe(x.text);
    expect(t.find((x) => x.text === "[")!.loc.offset).toBe(text.indexOf("??("));
    expect(t.find((x) => x.text === "w")!.loc.offset).toBe(text.indexOf("w;"));
  });

  it("turns comments into space and tracks line starts", () => {
    const t = toks("a/* x\n y */b // c\n  #d");
    expect(t.map((x) => [x.text, x.hasSpace, x.atLineStart])).toEqual([
      ["a", false, true], ["b", true, false], ["#", true, true], ["d", false, false],
    ]);
  });

  it("lexes header names only after #include", () => {
    expect(spell("#include <sys/a.h>\na <b.h>")).toEqual([
      "punctuator:#", "identifier:include", "string:<sys/a.h>",
      "identifier:a", "punctuator:<", "identifier:b", "punctuator:.", "identifier:h", "punctuator:>",
    ]);
  });

  it("reports unterminated comments and literals with a location", () => {
    for (const [src, msg, off] of [["x /* y", "unterminated comment", 2], ['x "ab', 'missing terminating " character', 2]] as const) {
      try {
        toks(src);
        expect.fail("no error");
      } catch (e) {
        expect(e).toBeInstanceOf(GlassError);
        const d = (e as GlassError).diagnostics[0]!;
        expect(d.message).toBe(msg);
        expect(d.loc!.offset).toBe(off);
      }
    }
  });
});
