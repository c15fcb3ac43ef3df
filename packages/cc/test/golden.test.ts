// Golden -fdump-ast / -fdump-ir / assembly for one small function. `UPDATE=1` rewrites the
// expected files; review the diff in git.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SourceFile } from "@glass/diagnostics";
import { lex } from "@glass/cpp";
import { compile } from "@glass/cc";

const source = `int sum(int *a, int n) {
  int s = 0;
  for (int i = 0; i < n; i++)
    s += a[i];
  return s;
}
`;

function golden(name: string, actual: string): void {
  const path = new URL(`./golden/${name}`, import.meta.url).pathname;
  if (process.env.UPDATE || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

describe("golden dumps of sum()", () => {
  const compileFor = (machine: "x86_64" | "aarch64") =>
    compile(lex(new SourceFile("sum.c", source)), { machine, fileName: "sum.c", dump: ["tokens", "ast", "ir"] });

  it("-fdump-ast", () => golden("sum.ast.txt", compileFor("x86_64").dumps.ast!));
  it("-fdump-ir", () => golden("sum.ir.txt", compileFor("x86_64").dumps.ir!));
  it("-fdump-tokens", () => golden("sum.tokens.txt", compileFor("x86_64").dumps.tokens!));
  it("x86-64 assembly", () => golden("sum.x86_64.s", compileFor("x86_64").asm));
  it("AArch64 assembly", () => golden("sum.aarch64.s", compileFor("aarch64").asm));
});

describe("dumps show the newer constructs", () => {
  const src = `struct P { int x, y; }; double f(struct P *p, int k) {
  switch (k) { case 1 ... 3: return p->y; default: return 1.5; } }`;
  const r = compile(lex(new SourceFile("p.c", src)), { machine: "x86_64", fileName: "p.c", dump: ["ast", "ir"] });

  it("-fdump-ast: members with their offsets, case ranges, floating literals", () => {
    expect(r.dumps.ast).toContain("Member ->y @4 'int'");
    expect(r.dumps.ast).toContain("Case <2:16>");
    expect(r.dumps.ast).toContain("FloatingLiteral 1.5 'double'");
  });

  it("-fdump-ir: the member load, the range test and the float constant", () => {
    expect(r.dumps.ir).toContain("= add ptr %");
    expect(r.dumps.ir).toContain("= ule i32 %");
    expect(r.dumps.ir).toContain("ret f64 1.5");
    expect(r.dumps.ir).toContain("= sitofp i32 %");
  });
});
