// Diagnostics in gcc's words and layout (rendered by @glass/diagnostics).
import { describe, expect, it } from "vitest";
import { hostHas, run } from "../../../tests/support/host.js";
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

  it("struct and union constraints, in gcc's words and places", () => {
    const out = compileErrors(
      [
        "struct S { int a; int a; };",
        "struct T { int x; };",
        "struct U;",
        "int f(void) {",
        "  int i = 0; struct T t;",
        "  i.x = 1;",
        "  t.y = 2;",
        "  struct T u = 5;",
        "  i = t;",
        "  struct U *p; p->a = 1;",
        "  return sizeof(struct U) + t;",
        "}",
      ].join("\n"),
    );
    expect(out).toContain("bad.c:1:23: error: duplicate member 'a'");
    expect(out).toContain("bad.c:6:4: error: request for member 'x' in something not a structure or union");
    expect(out).toContain("bad.c:7:4: error: 'struct T' has no member named 'y'");
    expect(out).toContain("bad.c:8:16: error: invalid initializer");
    expect(out).toContain("bad.c:9:7: error: incompatible types when assigning to type 'int' from type 'struct T'");
    expect(out).toContain("bad.c:10:17: error: invalid use of undefined type 'struct U'");
    expect(out).toContain("error: invalid application of 'sizeof' to incomplete type 'struct U'");
    expect(out).toContain("bad.c:11:27: error: invalid operands to binary + (have 'long unsigned int' and 'struct T')");
  });

  it("switch, case and goto constraints", () => {
    const out = compileErrors(
      [
        "int f(int x) {",
        "  switch (x) { case 1: case 1: break; default: default: break; }",
        "  goto nowhere;",
        "  case 3: ;",
        "  continue;",
        "dup: dup: ;",
        "  switch (x) { case x: break; }",
        "  return 0;",
        "}",
      ].join("\n"),
    );
    expect(out).toContain("bad.c:2:24: error: duplicate case value");
    expect(out).toContain("bad.c:2:48: error: multiple default labels in one switch");
    expect(out).toContain("bad.c:3:3: error: label 'nowhere' used but not defined");
    expect(out).toContain("bad.c:4:3: error: case label not within a switch statement");
    expect(out).toContain("bad.c:5:3: error: continue statement not within a loop");
    expect(out).toContain("bad.c:6:6: error: duplicate label 'dup'");
    expect(out).toContain("bad.c:7:16: error: case label does not reduce to an integer constant");
  });

  it("read-only objects, static assertions, va_start outside a variadic function", () => {
    const out = compileErrors(
      [
        "struct T { int x; };",
        "int f(int n) {",
        "  const int c = 1; c = 2;",
        "  _Static_assert(1 == 2, \"math\");",
        "  __builtin_va_list ap; __builtin_va_start(ap, n);",
        "  struct T t = { 1 };",
        "  return t;",
        "}",
      ].join("\n"),
    );
    expect(out).toContain("bad.c:3:22: error: assignment of read-only variable 'c'");
    expect(out).toContain("bad.c:4:3: error: static assertion failed: \"math\"");
    expect(out).toContain("error: 'va_start' used in function with fixed arguments");
    expect(out).toContain("bad.c:7:10: error: incompatible types when returning type 'struct T' but 'int' was expected");
  });

  it("out-of-scope features are rejected as unsupported, never a crash", () => {
    const out = compileErrors(
      [
        "int f(int n) {",
        "  _Atomic int a;",
        "  _Thread_local static int t;",
        "  _Complex double z;",
        "  __asm__ volatile (\"nop\");",
        "  return 0;",
        "}",
      ].join("\n"),
    );
    expect(out).toContain("bad.c:2:3: error: '_Atomic' is not supported");
    expect(out).toContain("bad.c:3:3: error: thread-local storage is not supported");
    expect(out).toContain("bad.c:4:3: error: complex types are not supported");
    expect(out).toContain("bad.c:5:3: error: inline assembly is not supported");
    expect(compileErrors("int f(int n) { int vla[n]; return 0; }")).toContain("bad.c:1:24: error: variable-length arrays are not supported");
    expect(compileErrors("double d = 1.0L;")).toContain("bad.c:1:12: error: 'long double' is not supported");
    expect(compileErrors("long double g;\ndouble h(void) { return g; }")).toContain("bad.c:2:25: error: 'long double' values are not supported");
    expect(compileErrors("long double f(long double x) { return 0; }")).toContain("bad.c:1:13: error: 'long double' parameters and results are not supported");
  });

  it("'long double' is a type name glibc's headers can use", () => {
    expect(compileErrors("typedef long double _Float64x;\nextern long double strtold(const char *, char **);\nint main(void) { return sizeof(_Float64x); }")).toBe("");
  });

  it("a multi-character constant warns like gcc and has gcc's value", () => {
    expect(compileErrors("int x = 'ab';")).toContain("bad.c:1:9: warning: multi-character character constant");
  });
});

// Notes point at the other place an error is about, and types print as gcc prints them
// (`int(int)`, `int (*)(int)`): every error and note line equals gcc's (quotes aside).
describe.skipIf(!hostHas("gcc"))("notes and type names, line for line with gcc", () => {
  it("previous declarations and definitions, duplicate case values", () => {
    const src = [
      "int f(int a);",
      "long f(int a);",
      "int g(void) { return 1; }",
      "int g(void) { return 2; }",
      "int k = 1;",
      "int k = 2;",
      "int (*p)(int) = 0; long *r = &k;",
      "int main(void) { int x = 1; int x = 2; switch (x) { case 1: case 1: break; } return 0; }",
      "",
    ].join("\n");
    const headline = /^bad\.c:\d+:\d+: (error|note): /;
    const ours = compileErrors(src).split("\n").filter((l) => headline.test(l));
    const gcc = run("gcc", ["-fsyntax-only", "-x", "c", "-", "-o", "/dev/null"], { input: src })
      .stderr.replaceAll("<stdin>", "bad.c").replace(/[‘’]/g, "'").split("\n").filter((l) => headline.test(l));
    expect(ours).toEqual(gcc);
    expect(ours.filter((l) => l.includes(": note: "))).toHaveLength(5);
  });
});
