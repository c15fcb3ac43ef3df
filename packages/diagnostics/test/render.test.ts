import { describe, expect, it } from "vitest";
import { SourceFile, render, error, warning } from "@glass/diagnostics";

describe("render", () => {
  it("prints file:line:col, the source line and a caret with an underline", () => {
    const f = new SourceFile("t.c", "int main(void) {\n  return x + 1;\n}\n");
    const d = error("'x' undeclared (first use in this function)", { file: f, offset: 26, length: 1 });
    expect(render(d)).toBe(
      "t.c:2:10: error: 'x' undeclared (first use in this function)\n" +
        "    2 |   return x + 1;\n" +
        "      |          ^",
    );
    expect(render({ ...d, loc: { file: f, offset: 19, length: 6 } }).split("\n")[2]).toBe("      |   ^~~~~~");
  });

  it("maps offsets on the last line and past a final newline", () => {
    const f = new SourceFile("a.s", "nop\nret");
    expect(f.position(5)).toEqual({ line: 2, col: 2 });
    expect(f.lineText(2)).toBe("ret");
  });

  it("names the tool for messages without a location, and the offset for binary files", () => {
    expect(render(error("no input files"))).toBe("glass: error: no input files");
    expect(render({ severity: "error", message: "bad section header", binary: { file: "x.o", offset: 64 } })).toBe(
      "x.o: error: bad section header (at offset 0x40)",
    );
  });

  it("a warning may name the gcc option that controls it; render leaves the suffix to the driver", () => {
    const f = new SourceFile("t.c", "int x = 'ab';\n");
    const w = warning("multi-character character constant", { file: f, offset: 8, length: 4 }, "multichar");
    expect(w.option).toBe("multichar");
    expect(render(w).split("\n")[0]).toBe("t.c:1:9: warning: multi-character character constant");
    expect("option" in warning("no option here")).toBe(false);
  });
});
