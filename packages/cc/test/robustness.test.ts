// Bad programs get diagnostics, never an internal error: each snippet either compiles or
// fails with a GlassError carrying file:line:col messages (a plain exception fails here).
import { SourceFile, GlassError } from "@glass/diagnostics";
import { lex } from "@glass/cpp";
import { compile } from "@glass/cc";
import { describe, expect, it } from "vitest";

const snippets = [
  "struct S { int a; } s; int f(void) { return s.b; }",
  "int x = sizeof(struct Undefined);",
  "void f(void) { switch (1) { case 1: } }",
  "struct S { struct S inner; };",
  "struct Q; struct B { struct Q q : 3; };",
  "int f(void) { enum E { A } e = A; return e.y; }",
  "struct Z g(void); int main(void) { g(); return 0; }",
  "union U { int a; } u = { 1, 2 };",
  "int a[2] = { [5] = 1 };",
  "int f(void) { __builtin_va_arg(1, int); return 0; }",
  "int f(int n, ...) { __builtin_va_list ap; __builtin_va_start(ap); return 0; }",
  "int f(void) { return _Generic(1.0f, int: 1); }",
  "struct S { int a; }; int f(struct S s) { return s + 1; }",
  "int f(void) { struct { int a : 40; } s; return 0; }",
  "int f(void) { return __builtin_offsetof(struct S, a); }",
  "typedef struct T T; T t;",
  "int f(void) { float f = 1.0; return f % 2; }",
  "int f(void) { double *p; p = 1.5; return 0; }",
  "void f(void) { struct S { int x; } a; struct S2 { int x; } b; a = b; }",
  "int f(int x) { switch (x) { case 1.5: return 1; } return 0; }",
  "_Static_assert(sizeof(int) == 4);",
  "int f(void) { return ({ 1; }) + ({ }); }",
  "struct S { int x; }; struct S s = { .y = 1 };",
  "int arr[] = { [1 ... 0] = 3 };",
  "char s[2] = \"toolong\";",
  "int f(void) { int (*fp)(int) = 0; struct S { int x; } s; return fp(s); }",
  "int f(void) { struct S *p; return p->x; }",
  "int f(int n) { switch (n) { default: break; } case 2: return 0; }",
  "int *p = &(int){ 3 }; struct V { int v; } *q = &(struct V){ 4 };",
  "struct Y; int f(struct Y y) { return 0; }",
  "struct A { struct B { struct A a; } b; };",
  "int f(void) { int x = 1; static int *p = &x; return *p; }",
  "enum { A = 1 / 0 };",
  "struct S { int a; } f(void) { return (struct S){ 1 }; } int g(void) { return f().a; }",
];

it("the constraint checks behind some of them say what gcc says", () => {
  const first = (src: string) => {
    try {
      compile(lex(new SourceFile("bad.c", src)), { machine: "x86_64", fileName: "bad.c" });
      return "";
    } catch (e) {
      return (e as GlassError).diagnostics[0]!.message;
    }
  };
  expect(first("struct S { struct S inner; };")).toBe("field 'inner' has incomplete type");
  expect(first("int a[2] = { [5] = 1 };")).toBe("array index in initializer exceeds array bounds");
  expect(first("int arr[] = { [1 ... 0] = 3 };")).toBe("empty index range in initializer");
  expect(first("struct Z g(void); int main(void) { g(); return 0; }")).toBe("invalid use of undefined type 'struct Z'");
  expect(first("struct Y; int f(struct Y y) { return 0; }")).toBe("parameter 1 ('y') has incomplete type");
});

describe("robustness", () => {
  for (const m of ["x86_64", "aarch64"] as const) {
    it(`never throws anything but a GlassError (${m})`, () => {
      for (const src of snippets) {
        try {
          compile(lex(new SourceFile("bad.c", src)), { machine: m, fileName: "bad.c" });
        } catch (e) {
          expect(e, src).toBeInstanceOf(GlassError);
          for (const d of (e as GlassError).diagnostics) expect(d.loc, `${src}: ${d.message}`).toBeDefined();
        }
      }
    });
  }
});
