// AT&T operand syntax for x86-64 (GNU as manual, "i386-Syntax" and "i386-Memory"):
//
//   operand = "%" reg                                 register
//           | "$" expr [ "@" MOD ]                     immediate
//           | "*" ( "%" reg | mem )                    indirect branch target
//           | mem
//   mem     = [ "%" seg ":" ] [ expr [ "@" MOD ] ] [ "(" [ "%" base ] [ "," "%" index [ "," scale ] ] ")" ]
//
// A bare `expr` is a memory operand (absolute address) except as the target of a branch,
// where it is the label to jump to. MOD names a relocation: PLT, GOTPCREL, GOTTPOFF, TPOFF.

import type { Expr } from "../../expr.js";
import type { TokenCursor } from "../../lex.js";
import { x86_64 } from "@glass/isa";
import type { EncodeContext } from "../types.js";

type Register = x86_64.Register;

export type Modifier = "PLT" | "GOTPCREL" | "GOTTPOFF" | "TPOFF";
const MODIFIERS = new Set<string>(["PLT", "GOTPCREL", "GOTTPOFF", "TPOFF"]);

export type AttOperand =
  | { kind: "reg"; reg: Register; indirect: boolean; offset: number }
  | { kind: "imm"; expr: Expr; modifier?: Modifier; offset: number }
  | {
      kind: "mem";
      segment?: Register | "fs" | "gs";
      expr?: Expr;
      modifier?: Modifier;
      base?: Register;
      index?: Register;
      scale: 1 | 2 | 4 | 8;
      indirect: boolean;
      offset: number;
    };

function register(cur: TokenCursor, ctx: EncodeContext): Register {
  const pct = cur.expectPunct("%");
  const name = cur.peek();
  const reg = name?.kind === "name" ? x86_64.REGISTERS.get(name.text.toLowerCase()) : undefined;
  if (!reg || name!.offset !== pct.end) ctx.error(`bad register name '%${name?.text ?? ""}'`, pct.offset, (name?.end ?? pct.end) - pct.offset);
  cur.next();
  // The x87 stack: `%st(3)`.
  if (reg.kind === "st" && cur.isPunct("(") && cur.peek(1)?.kind === "number" && cur.isPunct(")", 2)) {
    const n = cur.peek(1)!;
    const sti = x86_64.REGISTERS.get(`st(${n.value})`);
    if (!sti) ctx.error(`bad register name '%st(${n.text})'`, pct.offset, n.end + 1 - pct.offset);
    cur.pos += 3;
    return sti;
  }
  return reg;
}

function modifier(cur: TokenCursor, ctx: EncodeContext): Modifier | undefined {
  if (!cur.eatPunct("@")) return undefined;
  const t = cur.expectName("a relocation modifier after '@'");
  if (!MODIFIERS.has(t.text)) ctx.error(`unsupported relocation modifier '@${t.text}'`, t.offset, t.end - t.offset);
  return t.text as Modifier;
}

export function parseOperand(cur: TokenCursor, ctx: EncodeContext): AttOperand {
  const offset = cur.here();
  const indirect = cur.eatPunct("*");
  if (cur.atEnd()) cur.fail("missing operand");
  let result: AttOperand;
  if (cur.isPunct("$")) {
    if (indirect) cur.fail("immediate operand cannot be indirect");
    cur.next();
    const expr = ctx.parseExpr(cur);
    result = { kind: "imm", expr, modifier: modifier(cur, ctx), offset };
  } else if (cur.isPunct("%") && !cur.isPunct(":", 2)) {
    result = { kind: "reg", reg: register(cur, ctx), indirect, offset };
  } else {
    result = parseMemory(cur, ctx, indirect, offset);
  }
  cur.expectEnd();
  return result;
}

function parseMemory(cur: TokenCursor, ctx: EncodeContext, indirect: boolean, offset: number): AttOperand {
  const m: Extract<AttOperand, { kind: "mem" }> = { kind: "mem", scale: 1, indirect, offset };
  if (cur.isPunct("%")) {
    const seg = cur.peek(1);
    if (seg?.text !== "fs" && seg?.text !== "gs") ctx.error(`bad segment register '%${seg?.text ?? ""}'`, cur.here());
    cur.next();
    cur.next();
    cur.expectPunct(":");
    m.segment = seg.text as "fs" | "gs";
  }
  // A '(' followed by '%' or ',' starts the base/index part; otherwise it is part of expr.
  const startsBase = () => cur.isPunct("(") && (cur.isPunct("%", 1) || cur.isPunct(",", 1));
  if (!startsBase()) {
    m.expr = ctx.parseExpr(cur);
    m.modifier = modifier(cur, ctx);
  }
  if (startsBase()) {
    cur.next();
    if (cur.isPunct("%")) m.base = register(cur, ctx);
    if (cur.eatPunct(",")) {
      if (cur.isPunct("%")) m.index = register(cur, ctx);
      if (cur.eatPunct(",")) {
        const t = cur.next();
        if (t.kind !== "number" || ![1n, 2n, 4n, 8n].includes(t.value!)) ctx.error("scale factor must be 1, 2, 4 or 8", t.offset, t.end - t.offset);
        m.scale = Number(t.value) as 1 | 2 | 4 | 8;
      }
    }
    cur.expectPunct(")");
  }
  return m;
}
