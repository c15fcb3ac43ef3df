// The ABI conformance matrix: a seeded generator of function signatures that mix every kind
// of argument and result the psABI (§3.2.3) and AAPCS64 (§6.8.2) classify differently —
// char/short/int/long/_Bool, float/double, pointers, structs of 1–64 bytes (HFAs of float or
// double, mixed integer/float structs, structs with arrays, nested structs, unions), more
// arguments than there are registers, and variadic callees that read with va_arg.
//
// It writes two C files: the callees (each checks every argument it received against the
// constant the caller passed and returns a known value) and the caller (`main` makes every
// call, checks every result, and exits non-zero when anything differed). Building one half
// with Glass and the other with gcc checks both directions of the calling convention.

import { prng } from "../../../elf/test/mutate.js";

// mulberry32 (the robustness tests' PRNG): a seed always gives the same programs.
const rng = prng;

interface Scalar {
  kind: "scalar";
  c: string;
  size: number;
  float?: boolean;
  /** A C constant of this type. */
  literal(r: () => number): string;
}
interface Aggregate {
  kind: "struct" | "union";
  name: string;
  members: { name: string; type: CType; length?: number }[];
  size: number;
  align: number;
}
type CType = Scalar | Aggregate;

const int = (lo: number, hi: number, r: () => number) => Math.floor(lo + r() * (hi - lo + 1));
/** A number as a C floating constant (always with a point). */
const decimal = (x: number) => (Number.isInteger(x) ? `${x}.0` : `${x}`);
const big = (r: () => number, bits: number) => (BigInt(int(0, 2 ** 30, r)) << BigInt(bits - 30)) | BigInt(int(0, 2 ** 30, r));

const scalars: Scalar[] = [
  { kind: "scalar", c: "char", size: 1, literal: (r) => `${int(1, 127, r)}` },
  { kind: "scalar", c: "signed char", size: 1, literal: (r) => `${int(-128, 127, r)}` },
  { kind: "scalar", c: "unsigned char", size: 1, literal: (r) => `${int(0, 255, r)}` },
  { kind: "scalar", c: "_Bool", size: 1, literal: (r) => `${int(0, 1, r)}` },
  { kind: "scalar", c: "short", size: 2, literal: (r) => `${int(-32768, 32767, r)}` },
  { kind: "scalar", c: "unsigned short", size: 2, literal: (r) => `${int(0, 65535, r)}` },
  { kind: "scalar", c: "int", size: 4, literal: (r) => `${int(-2147483647, 2147483647, r)}` },
  { kind: "scalar", c: "unsigned", size: 4, literal: (r) => `${int(0, 4294967295, r)}u` },
  { kind: "scalar", c: "long", size: 8, literal: (r) => `${r() < 0.5 ? "-" : ""}${big(r, 62)}L` },
  { kind: "scalar", c: "unsigned long", size: 8, literal: (r) => `${big(r, 63)}UL` },
  { kind: "scalar", c: "long long", size: 8, literal: (r) => `${r() < 0.5 ? "-" : ""}${big(r, 61)}LL` },
  { kind: "scalar", c: "float", size: 4, float: true, literal: (r) => `${decimal(int(-4000, 4000, r) / 4)}f` },
  { kind: "scalar", c: "double", size: 8, float: true, literal: (r) => `${decimal(int(-4e6, 4e6, r) / 8)}` },
  { kind: "scalar", c: "void *", size: 8, literal: (r) => `(void *)${big(r, 47)}UL` },
];
const byName = (c: string) => scalars.find((s) => s.c === c)!;

/** Types as they travel through `...` (after the default argument promotions), for va_arg. */
const promoted = ["int", "unsigned", "long", "unsigned long", "double", "void *"].map(byName);

const alignOf = (t: CType) => (t.kind === "scalar" ? t.size : t.align);
const alignTo = (n: number, a: number) => Math.ceil(n / a) * a;

function aggregate(kind: "struct" | "union", name: string, members: Aggregate["members"]): Aggregate {
  let size = 0;
  let align = 1;
  for (const m of members) {
    const a = alignOf(m.type);
    const s = m.type.size * (m.length ?? 1);
    align = Math.max(align, a);
    size = kind === "union" ? Math.max(size, s) : alignTo(size, a) + s;
  }
  return { kind, name, members, size: alignTo(Math.max(size, 1), align), align };
}

export interface MatrixOptions {
  seed: number;
  /** Number of functions. */
  count: number;
}

export interface Matrix {
  caller: string;
  callee: string;
}

interface Fn {
  name: string;
  ret: CType | undefined;
  params: CType[];
  /** How many of `params` are named; the rest go through `...`. */
  named?: number;
}

export function generateMatrix(opts: MatrixOptions): Matrix {
  const r = rng(opts.seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const types: Aggregate[] = [];
  let counter = 0;

  /** A struct or union of at most `max` bytes, of one of the shapes the ABIs single out. */
  function makeAggregate(max: number, depth = 0): Aggregate {
    const name = `${opts.seed}_${counter++}`;
    const shape = r();
    const members: Aggregate["members"] = [];
    const add = (type: CType, length?: number) => members.push({ name: `m${members.length}`, type, ...(length ? { length } : {}) });
    let t: Aggregate;
    if (shape < 0.3) {
      // A homogeneous floating-point aggregate: 1–4 floats or doubles, maybe as an array or nested.
      const f = byName(r() < 0.5 ? "float" : "double");
      const n = int(1, 4, r);
      if (r() < 0.3) add(f, n);
      else if (r() < 0.2 && n >= 2 && depth === 0) {
        const inner = aggregate("struct", `hfa${name}`, [{ name: "m0", type: f }, { name: "m1", type: f }]);
        types.push(inner);
        add(inner);
        for (let k = 2; k < n; k++) add(f);
      } else for (let k = 0; k < n; k++) add(f);
      t = aggregate("struct", `s${name}`, members);
    } else if (shape < 0.42 && depth === 0) {
      // A union of scalars, arrays or a small struct.
      const n = int(2, 3, r);
      for (let k = 0; k < n; k++) {
        const x = r();
        if (x < 0.2) add(makeAggregate(Math.min(16, max), depth + 1));
        else if (x < 0.4) add(pick(scalars.filter((s) => s.c !== "_Bool")), int(2, 3, r));
        else add(pick(scalars));
      }
      t = aggregate("union", `u${name}`, members);
    } else {
      // Mixed members: scalars, arrays of them, and (at the top level) a nested aggregate.
      const target = int(1, max, r);
      for (let size = 0; size < target; ) {
        const x = r();
        if (x < 0.15 && depth === 0) add(makeAggregate(Math.min(24, max - size), depth + 1));
        else if (x < 0.3) add(pick(scalars), int(2, 5, r));
        else add(pick(scalars));
        size = aggregate("struct", "", members).size;
      }
      t = aggregate("struct", `s${name}`, members);
    }
    if (t.size > max && members.length > 1) return makeAggregate(max, depth);
    types.push(t);
    return t;
  }

  const anyType = (): CType => (r() < 0.55 ? pick(scalars) : makeAggregate(r() < 0.7 ? 24 : 64));

  const fns: Fn[] = [];
  for (let n = 0; n < opts.count; n++) {
    const name = `f${n}`;
    const ret = r() < 0.1 ? undefined : anyType();
    const variadic = r() < 0.25;
    const many = r() < 0.35;
    const nparams = variadic ? int(1, 4, r) : many ? int(9, 16, r) : int(0, 7, r);
    const params = Array.from({ length: nparams }, anyType);
    if (!variadic) fns.push({ name, ret, params });
    else {
      const extra = int(1, many ? 14 : 6, r);
      // Structs and unions go through `...` too (the callee reads them with va_arg).
      for (let k = 0; k < extra; k++) params.push(r() < 0.35 ? makeAggregate(r() < 0.7 ? 24 : 64) : pick(promoted));
      fns.push({ name, ret, params, named: nparams });
    }
  }

  const header = [
    "int printf(const char *fmt, ...);",
    "void abi_fail(int fn, int arg);",
    ...types.map((t) => `${t.kind} ${t.name};`),
    ...types.map((t) => `${t.kind} ${t.name} { ${t.members.map((m) => `${cName(m.type)} ${m.name}${m.length ? `[${m.length}]` : ""};`).join(" ")} };`),
    ...fns.map((f) => `${prototype(f)};`),
  ];

  // Each value is fixed when the callee file is written and reused in the caller's.
  const argValues = fns.map((f) => f.params.map((p) => valueOf(p, r)));
  const retValues = fns.map((f) => (f.ret ? valueOf(f.ret, r) : undefined));

  const callee = [
    "typedef __builtin_va_list va_list;",
    ...header,
    ...fns.map((f, n) => {
      const body: string[] = [];
      const named = f.named ?? f.params.length;
      f.params.slice(0, named).forEach((p, k) => body.push(check(`a${k}`, p, argValues[n]![k]!, `abi_fail(${n}, ${k})`)));
      if (f.named !== undefined) {
        body.push("va_list ap;", `__builtin_va_start(ap, a${named - 1});`);
        f.params.slice(named).forEach((p, j) => {
          const k = named + j;
          body.push(`{ ${cName(p)} v = __builtin_va_arg(ap, ${cName(p)}); ${check("v", p, argValues[n]![k]!, `abi_fail(${n}, ${k})`)} }`);
        });
        body.push("__builtin_va_end(ap);");
      }
      if (f.ret) body.push(`{ ${cName(f.ret)} r = ${initializer(f.ret, retValues[n]!)}; return r; }`);
      return `${prototype(f)} {\n  ${body.join("\n  ")}\n}`;
    }),
  ].join("\n");

  const caller = [
    ...header,
    "static int failures;",
    `void abi_fail(int fn, int arg) { printf("f%d: %s %d differs\\n", fn, arg < 0 ? "result" : "argument", arg); failures++; }`,
    "int main(void) {",
    ...fns.map((f, n) => {
      const decls = f.params.map((p, k) => `${cName(p)} a${k} = ${initializer(p, argValues[n]![k]!)};`);
      // Every third call goes through a function pointer (an indirect call).
      const callee = n % 3 === 2 ? `(*(${cName(f.ret)} (*)(${paramList(f, false)}))${f.name})` : f.name;
      const call = `${callee}(${f.params.map((_, k) => `a${k}`).join(", ")})`;
      const use = f.ret ? `${cName(f.ret)} r = ${call}; ${check("r", f.ret, retValues[n]!, `abi_fail(${n}, -1)`)}` : `${call};`;
      return `  { ${decls.join(" ")} ${use} }`;
    }),
    `  printf("%d calls, %d failures\\n", ${fns.length}, failures);`,
    "  return failures != 0;",
    "}",
  ].join("\n");

  return { caller: caller + "\n", callee: callee + "\n" };
}

function cName(t: CType | undefined): string {
  return !t ? "void" : t.kind === "scalar" ? t.c : `${t.kind} ${t.name}`;
}

function paramList(f: Fn, names: boolean): string {
  const named = f.params.slice(0, f.named ?? f.params.length).map((p, k) => `${cName(p)}${names ? ` a${k}` : ""}`);
  if (f.named !== undefined) named.push("...");
  return named.length ? named.join(", ") : "void";
}

function prototype(f: Fn): string {
  return `${cName(f.ret)} ${f.name}(${paramList(f, true)})`;
}

/** A value: a scalar's literal, or the values of an aggregate's members (arrays as lists). */
type Val = string | Val[];

function valueOf(t: CType, r: () => number): Val {
  if (t.kind === "scalar") return t.literal(r);
  // A union is written and read through its first member.
  const members = t.kind === "union" ? t.members.slice(0, 1) : t.members;
  return members.map((m) => (m.length ? Array.from({ length: m.length }, () => valueOf(m.type, r)) : valueOf(m.type, r)));
}

function initializer(t: CType, v: Val): string {
  if (typeof v === "string") return v;
  const agg = t as Aggregate;
  return `{ ${v.map((mv, k) => {
    const m = agg.members[k]!;
    return typeof mv === "string" || !m.length ? initializer(m.type, mv) : `{ ${(mv as Val[]).map((e) => initializer(m.type, e)).join(", ")} }`;
  }).join(", ")} }`;
}

/** `if (!(x.m0 == 1 && …)) fail;` over every scalar inside `v`. */
function check(expr: string, t: CType, v: Val, fail: string): string {
  const conds: string[] = [];
  const walk = (e: string, t: CType, v: Val) => {
    if (typeof v === "string") conds.push(`${e} == ${v}`);
    else
      v.forEach((mv, k) => {
        const m = (t as Aggregate).members[k]!;
        if (m.length) (mv as Val[]).forEach((ev, j) => walk(`${e}.${m.name}[${j}]`, m.type, ev));
        else walk(`${e}.${m.name}`, m.type, mv);
      });
  };
  walk(expr, t, v);
  return `if (!(${conds.join(" && ")})) ${fail};`;
}
