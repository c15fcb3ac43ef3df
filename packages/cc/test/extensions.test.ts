// The front end's newer constructs seen from outside: diagnostics (gcc's words, with the
// gcc switch that controls each warning in `option`) and the AST dump, for GNU `a ?: b`,
// K&R definitions, wide literals and enum types. Their run-time behaviour is compared with
// gcc's in test/programs (gnu_cond.c, knr.c, wide.c, enum_types.c).
import { GlassError, SourceFile, type Diagnostic } from "@glass/diagnostics";
import { lex } from "@glass/cpp";
import { compile } from "@glass/cc";
import { describe, expect, it } from "vitest";
import { canRun, compileC, compileErrors, runC, type Machine } from "./helpers.js";

/** Every diagnostic of a compile (warnings and errors) as `line:col severity message [option]`. */
function diagnostics(source: string, machine: Machine = "x86_64"): string[] {
  const file = new SourceFile("t.c", source);
  let diags: Diagnostic[];
  try {
    diags = compile(lex(file), { machine, fileName: "t.c" }).diagnostics;
  } catch (e) {
    if (!(e instanceof GlassError)) throw e;
    diags = e.diagnostics;
  }
  return diags.map((d) => {
    const { line, col } = file.position(d.loc!.offset);
    return `${line}:${col} ${d.severity} ${d.message}${d.option ? ` [-W${d.option}]` : ""}`;
  });
}

describe("warnings name the gcc option that controls them", () => {
  it("each default-on warning of gcc that has a switch carries it (lexer and parser warnings come first)", () => {
    const src = [
      "int *p; long *q; int i;",
      "void v(void) { return 1; }",
      "int r(void) { return; }",
      "int f(void) {",
      "  p = 5; i = p; p = q;",
      "  i = 1 / 0;",
      "  i = 'ab';",
      "  return g();",
      "}",
      "int h(a) { return a; }",
    ].join("\n");
    expect(diagnostics(src)).toEqual([
      "7:7 warning multi-character character constant [-Wmultichar]",
      "10:7 warning type of 'a' defaults to 'int' [-Wimplicit-int]",
      "2:16 warning 'return' with a value, in function returning void [-Wreturn-type]",
      "3:15 warning 'return' with no value, in function returning non-void [-Wreturn-type]",
      "5:7 warning assignment to 'int *' from 'int' makes pointer from integer without a cast [-Wint-conversion]",
      "5:14 warning assignment to 'int' from 'int *' makes integer from pointer without a cast [-Wint-conversion]",
      "5:21 warning assignment to 'int *' from incompatible pointer type 'long int *' [-Wincompatible-pointer-types]",
      "6:9 warning division by zero [-Wdiv-by-zero]",
      "8:10 warning implicit declaration of function 'g' [-Wimplicit-function-declaration]",
    ]);
  });

  it("incompatible pointer warnings in gcc's words for each context", () => {
    const src = "long *q; void f(int *a);\nint *r(void) { return q; }\nvoid g(void) { int *x = q; f(q); }";
    expect(diagnostics(src)).toEqual([
      "2:23 warning returning 'long int *' from a function with incompatible return type 'int *' [-Wincompatible-pointer-types]",
      "3:25 warning initialization of 'int *' from incompatible pointer type 'long int *' [-Wincompatible-pointer-types]",
      "3:30 warning passing argument 1 of 'f' from incompatible pointer type [-Wincompatible-pointer-types]",
    ]);
  });

  it("warnings gcc cannot switch off have no option", () => {
    expect(diagnostics("int *p; int f(void) { return p == 5; }")).toEqual(["1:32 warning comparison between pointer and integer"]);
  });
});

describe("GNU a ?: b", () => {
  it("dumps as a conditional without a middle operand", () => {
    const dump = compileC("int f(int a, int b) { return a ?: b; }", "x86_64", "t.c", ["ast"]).dumps.ast!;
    expect(dump).toMatch(/Conditional \?:.*\n\s+Identifier a[^\n]*\n\s+Identifier b/);
  });

  it("is an integer constant expression when its operands are", () => {
    expect(diagnostics("int a[0 ?: 3]; _Static_assert(sizeof a == 12, \"\"); _Static_assert((5 ?: 1) == 5, \"\");")).toEqual([]);
  });
});

describe("K&R definitions", () => {
  it("a parameter without a declaration is int (gcc warns); its value arrives", () => {
    for (const m of ["x86_64", "aarch64"] as const) {
      if (!canRun(m)) continue;
      const r = runC("int printf(const char *, ...);\nint f(a, b) char *b; { return a * 10 + b[0]; }\nint main(void) { printf(\"%d\\n\", f(4, \"\\2\")); return 0; }", m);
      expect(r.stdout).toBe("42\n");
    }
  });

  it("declarations must name parameters, and prototypes take none", () => {
    expect(compileErrors("int f(a) int a; int b; { return a; }")).toContain("bad.c:1:21: error: declaration for parameter 'b' but no such parameter");
    expect(compileErrors("int f(int a) int a; { return a; }")).toContain("error: declaration for parameter 'a' but no such parameter");
  });

  it("an identifier list that names a typedef is a prototype instead", () => {
    expect(diagnostics("typedef int T; int f(T) { return 0; }")).toEqual(["1:22 error parameter name omitted"]);
  });
});

describe("wide and Unicode literals", () => {
  it("the element type follows the target: wchar_t is int on x86-64, unsigned int on AArch64", () => {
    const dump = (m: Machine) => compileC("int n = sizeof(L\"ab\"); unsigned short *p = u\"x\";", m, "t.c", ["ast"]).dumps.ast!;
    expect(dump("x86_64")).toContain("int[3]");
    expect(dump("aarch64")).toContain("unsigned int[3]");
    expect(dump("x86_64")).toContain("short unsigned int[2]");
    expect(compileC("int *p = L\"\\u00e9t\\u00e9\" \"!\";", "aarch64", "t.c", ["ast"]).dumps.ast).toContain(`StringLiteral L"été!" 'unsigned int[5]'`);
  });

  it("different wide prefixes do not concatenate; arrays take only their own kind of string", () => {
    expect(diagnostics("int *p = L\"a\" U\"b\";")).toContain("1:10 error unsupported non-standard concatenation of string literals");
    expect(diagnostics("char c[] = L\"a\"; unsigned short s[] = U\"b\"; int w[] = L\"ok\";")).toEqual([
      "1:12 error array of inappropriate type initialized from string constant",
      "1:39 error array of inappropriate type initialized from string constant",
    ]);
    expect(diagnostics("int w[] = L\"ok\";", "aarch64")).toEqual(["1:11 error array of inappropriate type initialized from string constant"]);
  });

  it("escapes: \\u needs its digits, hex escapes are checked against the unit size", () => {
    expect(diagnostics("char *s = \"\\u12\";")).toEqual(["1:11 error incomplete universal character name \\u12"]);
    expect(diagnostics("int c = u'\\x10000';")).toEqual(["1:9 warning hex escape sequence out of range"]);
    expect(diagnostics("int c = L'ab';")).toEqual(["1:9 warning character constant too long for its type"]);
  });
});

describe("enum types", () => {
  it("an implicit value past int overflows, as in gcc", () => {
    expect(diagnostics("enum R { R0 = 0x7fffffff, R1 };")).toEqual(["1:27 error overflow in enumeration values"]);
    expect(diagnostics("enum F { F0 = 0xffffffffL, F1 }; _Static_assert(F1 == 0x100000000, \"\");")).toEqual([]);
  });
});

describe("declaration constraints", () => {
  it("the address of a register variable may not be taken", () => {
    expect(diagnostics("int f(void) { register int r = 1; int *p = &r; return *p; }")).toEqual([
      "1:44 error address of register variable 'r' requested",
    ]);
    expect(diagnostics("int f(register int r) { return &r != 0; }\nint g(r) register int r; { return &r != 0; }")).toEqual([
      "1:32 error address of register variable 'r' requested",
      "2:35 error address of register variable 'r' requested",
    ]);
  });

  it("__auto_type needs an initializer and a plain name; the initializer is checked once", () => {
    expect(diagnostics("__auto_type a; __auto_type *b = 0;")).toEqual([
      "1:13 error '__auto_type' requires an initialized data declaration",
      "1:29 error '__auto_type' requires a plain identifier as declarator",
    ]);
    expect(diagnostics("int f(void) { __auto_type x = 1 / 0; return x; }")).toEqual(["1:33 warning division by zero [-Wdiv-by-zero]"]);
  });
});
