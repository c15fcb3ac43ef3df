// Diagnostics in gcc's words and layout (rendered by @glass/diagnostics).
import { describe, expect, it } from "vitest";
import { compileErrors } from "./helpers.js";

describe("compiler diagnostics", () => {
  it("a missing ';' is reported after the previous token", () => {
    expect(compileErrors("int main(void) {\n  return 0\n}\n")).toBe(
      ["bad.c:2:11: error: expected ';' before '}' token", "    2 |   return 0", "      |           ^"].join("\n"),
    );
  });

  it("reports every syntax error, not just the first", () => {
    const out = compileErrors("int f(void) { return 1 }\nint g(void) { return 2 }\n");
    expect(out).toContain("bad.c:1:23: error: expected ';' before '}' token");
    expect(out).toContain("bad.c:2:23: error: expected ';' before '}' token");
  });

  it("a missing expression", () => {
    expect(compileErrors("int main(void) { return (1 + ); }\n")).toContain("bad.c:1:30: error: expected expression before ')' token");
  });

  it("an undeclared identifier", () => {
    expect(compileErrors("int main(void) {\n  return y + 1;\n}\n")).toBe(
      ["bad.c:2:10: error: 'y' undeclared (first use in this function)", "    2 |   return y + 1;", "      |          ^"].join("\n"),
    );
  });

  it("wrong argument counts to a prototyped function", () => {
    const out = compileErrors("int f(int a, int b);\nint main(void) { return f(1) + f(1, 2, 3); }\n");
    expect(out).toContain("bad.c:2:25: error: too few arguments to function 'f'");
    expect(out).toContain("bad.c:2:32: error: too many arguments to function 'f'");
  });

  it("lvalue required", () => {
    expect(compileErrors("int main(void) { int a; 1 = a; a + 1 = 2; return 0; }")).toContain(
      "bad.c:1:27: error: lvalue required as left operand of assignment",
    );
  });

  it("implicit declaration of a function is a warning, and the program still compiles", () => {
    expect(compileErrors("int main(void) { return foo(1); }")).toContain(
      "bad.c:1:25: warning: implicit declaration of function 'foo'",
    );
  });

  it("break outside a loop; redefinition", () => {
    const out = compileErrors("int main(void) { int a; int a; break; }");
    expect(out).toContain("error: redefinition of 'a'");
    expect(out).toContain("error: break statement not within loop or switch");
  });
});
