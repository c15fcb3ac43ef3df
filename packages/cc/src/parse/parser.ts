// The C parser, last link of the class chain described in ./base.ts: this class adds the
// expressions (C11 6.5) and is the one that is instantiated. Expressions use one binary rule
// with precedence climbing (faster than a ten-level cascade, see notes/chevrotain-facts.md).
// GNU additions: statement expressions `({ ... })`, `__builtin_va_arg(ap, T)`,
// `__builtin_offsetof(T, m)`, `__builtin_types_compatible_p(T1, T2)`, `a ?: b`; C11
// `_Generic` and compound literals `(T){ ... }`. Adjacent string literals are concatenated here.

import type { IToken } from "chevrotain";
import { error } from "@glass/diagnostics";
import type { AssignOp, BinaryOp, Designator, Expr, TranslationUnit, UnaryOp, WideEncoding } from "../ast/ast.js";
import { int128Type, type Type } from "../ast/types.js";
import type { CToken } from "../lex/convert.js";
import { encodeUnits, unitBytes, unitSize } from "../lex/encoding.js";
import * as T from "../lex/tokens.js";
import { StatementParser } from "./statements.js";

const precedence: Record<BinaryOp, number> = {
  "||": 1, "&&": 2, "|": 3, "^": 4, "&": 5, "==": 6, "!=": 6,
  "<": 7, ">": 7, "<=": 7, ">=": 7, "<<": 8, ">>": 8, "+": 9, "-": 9, "*": 10, "/": 10, "%": 10,
};

export class CParser extends StatementParser {
  constructor(validate: boolean) {
    super(validate);
    this.performSelfAnalysis();
  }

  /** Parses one translation unit from C tokens. Grammar errors land in `this.errors`. */
  parse(tokens: CToken[], vaListType: Type): TranslationUnit {
    this.scopes.reset();
    // gcc's predeclared typedef names (the AArch64 kernel headers under <signal.h> use them).
    this.scopes.declareTypedef("__int128_t", int128Type(false));
    this.scopes.declareTypedef("__uint128_t", int128Type(true));
    this.diags = [];
    this.vaListType = vaListType;
    this.lastLoc = tokens[0]?.loc;
    this.input = tokens;
    return this.translationUnit() ?? { decls: [] };
  }

  /**
   * Adjacent string literals as one (C11 6.4.5p5): a wide prefix on any part makes the whole
   * wide; two different wide prefixes do not mix (gcc rejects `L"a" u"b"`).
   */
  private concatenate(parts: CToken[]): Expr {
    const prefixes = new Set(parts.map((p) => p.enc).filter((e) => e === "L" || e === "u" || e === "U"));
    if (prefixes.size > 1) this.diags.push(error("unsupported non-standard concatenation of string literals", this.loc(parts[0]!)));
    const enc = [...prefixes][0] as WideEncoding | undefined;
    const units = parts.flatMap((p) => encodeUnits(p.chars ?? [], enc ?? ""));
    const bytes = unitBytes([...units, 0], unitSize(enc ?? ""));
    return { kind: "string", bytes, ...(enc ? { enc } : {}), loc: this.loc(parts[0]!) };
  }

  // ---- Expressions (C11 6.5) ----

  // expression = assignmentExpr ("," assignmentExpr)*
  protected expression = this.RULE("expression", (): Expr => {
    let e = this.SUBRULE(this.assignmentExpr);
    this.MANY(() => {
      const comma = this.CONSUME(T.Comma);
      const right = this.SUBRULE2(this.assignmentExpr);
      this.ACTION(() => (e = { kind: "comma", left: e, right, loc: this.loc(comma) }));
    });
    return e;
  });

  // assignmentExpr = conditionalExpr (AssignOperator assignmentExpr)?
  //   (C puts a unary-expression on the left; semantic analysis checks it is an lvalue)
  protected assignmentExpr = this.RULE(
    "assignmentExpr",
    (): Expr => {
      const target = this.SUBRULE(this.conditionalExpr);
      return (
        this.OPTION(() => {
          const op = this.CONSUME(T.AssignOperator);
          const value = this.SUBRULE(this.assignmentExpr);
          return this.ACTION(() => ({ kind: "assign" as const, op: op.image as AssignOp, target, value, loc: this.loc(op) }));
        }) ?? target
      );
    },
    { recoveryValueFunc: (): Expr => ({ kind: "int", value: 0n, unsignedSuffix: false, longSuffix: 0, decimal: true, loc: this.lastLoc! }) },
  );

  // conditionalExpr = binaryExpr ("?" expression? ":" conditionalExpr)?
  //   (GNU `a ?: b` leaves out the middle operand)
  protected conditionalExpr = this.RULE("conditionalExpr", (): Expr => {
    const cond = this.SUBRULE(this.binaryExpr);
    return (
      this.OPTION(() => {
        const q = this.CONSUME(T.Question);
        const then = this.OPTION2(() => this.SUBRULE(this.expression));
        this.CONSUME(T.Colon);
        const els = this.SUBRULE(this.conditionalExpr);
        return this.ACTION(() => ({ kind: "cond" as const, cond, ...(then ? { then } : {}), else: els, loc: this.loc(q) }));
      }) ?? cond
    );
  });

  // binaryExpr = castExpr (BinaryOperator castExpr)*     -- folded by C's precedence table
  private binaryExpr = this.RULE("binaryExpr", (): Expr => {
    const operands = [this.SUBRULE(this.castExpr)];
    const ops: IToken[] = [];
    this.MANY(() => {
      const op = this.CONSUME(T.BinaryOperator);
      const rhs = this.SUBRULE2(this.castExpr);
      this.ACTION(() => (ops.push(op), operands.push(rhs)));
    });
    return this.ACTION(() => this.fold(operands, ops));
  });

  /** Precedence climbing over a flat `a op b op c …` list (all binary operators are left-associative). */
  private fold(operands: Expr[], ops: IToken[]): Expr {
    let i = 0;
    const climb = (minPrec: number): Expr => {
      let left = operands[i]!;
      while (i < ops.length && precedence[ops[i]!.image as BinaryOp] >= minPrec) {
        const opTok = ops[i]!;
        const p = precedence[opTok.image as BinaryOp];
        i++;
        const right = climb(p + 1);
        left = { kind: "binary", op: opTok.image as BinaryOp, left, right, loc: this.loc(opTok) };
      }
      return left;
    };
    return climb(0);
  }

  // castExpr = "(" typeName ")" (initList postfixSuffix* | castExpr) | unaryExpr
  //   (`(T){ ... }` is a compound literal, a postfix expression)
  private castExpr = this.RULE("castExpr", (): Expr =>
    this.OR([
      {
        ALT: () => {
          const open = this.CONSUME(T.LParen);
          const to = this.SUBRULE(this.typeName);
          this.CONSUME(T.RParen);
          return this.OR2([
            {
              ALT: () => {
                const init = this.SUBRULE(this.initList);
                const lit = this.ACTION((): Expr => ({ kind: "compoundlit", to, init, loc: this.loc(open) }));
                return this.SUBRULE(this.postfixSuffixes, { ARGS: [lit] });
              },
            },
            {
              ALT: () => {
                const operand = this.SUBRULE(this.castExpr);
                return this.ACTION(() => ({ kind: "cast" as const, to, operand, implicit: false, loc: this.loc(open) }));
              },
            },
          ]);
        },
      },
      { ALT: () => this.SUBRULE(this.unaryExpr) },
    ]),
  );

  // unaryExpr = ("++" | "--") unaryExpr | UnaryOperator castExpr
  //           | "sizeof" ("(" typeName ")" | unaryExpr) | postfixExpr
  private unaryExpr = this.RULE("unaryExpr", (): Expr =>
    this.OR([
      {
        ALT: () => {
          const op = this.OR2([{ ALT: () => this.CONSUME(T.PlusPlus) }, { ALT: () => this.CONSUME(T.MinusMinus) }]);
          const operand = this.SUBRULE(this.unaryExpr);
          return this.ACTION(() => ({
            kind: "incdec" as const, op: op.image as "++" | "--", prefix: true, operand, loc: this.loc(op),
          }));
        },
      },
      {
        ALT: () => {
          const op = this.CONSUME(T.UnaryOperator);
          const operand = this.SUBRULE(this.castExpr);
          return this.ACTION(() => ({ kind: "unary" as const, op: op.image as UnaryOp, operand, loc: this.loc(op) }));
        },
      },
      {
        ALT: () => {
          const kw = this.CONSUME(T.kw("sizeof"));
          const arg = this.OR3([
            {
              ALT: () => {
                this.CONSUME(T.LParen);
                const t = this.SUBRULE(this.typeName);
                this.CONSUME(T.RParen);
                return t as Expr | Type;
              },
            },
            { ALT: () => this.SUBRULE2(this.unaryExpr) },
          ]);
          return this.ACTION(() => ({ kind: "sizeof" as const, arg, loc: this.loc(kw) }));
        },
      },
      {
        ALT: () => {
          const kw = this.CONSUME(T.kw("_Alignof"));
          this.CONSUME2(T.LParen);
          const arg = this.SUBRULE2(this.typeName);
          this.CONSUME2(T.RParen);
          return this.ACTION(() => ({ kind: "sizeof" as const, arg, alignof: true, loc: this.loc(kw) }));
        },
      },
      { ALT: () => this.SUBRULE(this.postfixExpr) },
    ]),
  );

  // postfixExpr = primaryExpr postfixSuffix*
  private postfixExpr = this.RULE("postfixExpr", (): Expr => {
    const e = this.SUBRULE(this.primaryExpr);
    return this.SUBRULE(this.postfixSuffixes, { ARGS: [e] });
  });

  // postfixSuffix = "[" expression "]" | "(" (assignmentExpr ("," assignmentExpr)*)? ")"
  //               | ("." | "->") (Identifier | TypedefName) | "++" | "--"
  private postfixSuffixes = this.RULE("postfixSuffixes", (base: Expr): Expr => {
    let e = base;
    this.MANY(() =>
      this.OR([
        {
          ALT: () => {
            const open = this.CONSUME(T.LBracket);
            const index = this.SUBRULE(this.expression);
            this.CONSUME(T.RBracket);
            this.ACTION(() => (e = { kind: "index", base: e, index, loc: this.loc(open) }));
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.LParen);
            const args: Expr[] = [];
            this.MANY_SEP({
              SEP: T.Comma,
              DEF: () => {
                const a = this.SUBRULE(this.assignmentExpr);
                this.ACTION(() => args.push(a));
              },
            });
            this.CONSUME(T.RParen);
            this.ACTION(() => (e = { kind: "call", callee: e, args, loc: e.loc }));
          },
        },
        {
          ALT: () => {
            const op = this.OR2([{ ALT: () => this.CONSUME(T.Dot) }, { ALT: () => this.CONSUME(T.Arrow) }]);
            const name = this.OR3([{ ALT: () => this.CONSUME(T.Identifier) }, { ALT: () => this.CONSUME(T.TypedefName) }]);
            this.ACTION(() => {
              e = { kind: "member", base: e, name: name.image, arrow: op.image === "->", loc: this.loc(op) };
            });
          },
        },
        {
          ALT: () => {
            const op = this.OR4([{ ALT: () => this.CONSUME(T.PlusPlus) }, { ALT: () => this.CONSUME(T.MinusMinus) }]);
            this.ACTION(() => (e = { kind: "incdec", op: op.image as "++" | "--", prefix: false, operand: e, loc: this.loc(op) }));
          },
        },
      ]),
    );
    return e;
  });

  // primaryExpr = Identifier | IntegerConstant | CharConstant | StringLiteral+ | "(" expression ")"
  private primaryExpr = this.RULE("primaryExpr", (): Expr =>
    this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(T.Identifier);
          return this.ACTION(() => ({ kind: "ident" as const, name: t.image, loc: this.loc(t) }));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.IntegerConstant) as CToken;
          return this.ACTION(() => ({ kind: "int" as const, ...t.int!, loc: this.loc(t) }));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.FloatingConstant) as CToken;
          return this.ACTION(() => ({ kind: "float" as const, ...t.float!, loc: this.loc(t) }));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.CharConstant) as CToken;
          return this.ACTION(() => ({ kind: "char" as const, value: t.char!, ...(t.enc ? { enc: t.enc as WideEncoding } : {}), loc: this.loc(t) }));
        },
      },
      {
        ALT: () => {
          const parts: CToken[] = [];
          this.AT_LEAST_ONE(() => {
            const t = this.CONSUME(T.StringLiteral) as CToken;
            this.ACTION(() => parts.push(t));
          });
          return this.ACTION(() => this.concatenate(parts));
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          const e = this.SUBRULE(this.expression);
          this.CONSUME(T.RParen);
          return e;
        },
      },
      {
        ALT: () => {
          const open = this.CONSUME2(T.LParen);
          const body = this.SUBRULE(this.compoundStatement);
          this.CONSUME2(T.RParen);
          return this.ACTION(() => ({ kind: "stmtexpr" as const, body, loc: this.loc(open) }));
        },
      },
      {
        ALT: () => {
          const kw = this.CONSUME(T.kw("__builtin_va_arg"));
          this.CONSUME3(T.LParen);
          const ap = this.SUBRULE(this.assignmentExpr);
          this.CONSUME(T.Comma);
          const to = this.SUBRULE(this.typeName);
          this.CONSUME3(T.RParen);
          return this.ACTION(() => ({ kind: "vaarg" as const, ap, to, loc: this.loc(kw) }));
        },
      },
      {
        ALT: () => {
          const kw = this.CONSUME(T.kw("__builtin_offsetof"));
          this.CONSUME4(T.LParen);
          const to = this.SUBRULE2(this.typeName);
          this.CONSUME2(T.Comma);
          const first = this.OR2([{ ALT: () => this.CONSUME2(T.Identifier) }, { ALT: () => this.CONSUME2(T.TypedefName) }]);
          const path: Designator[] = [];
          this.ACTION(() => path.push({ kind: "field", name: first.image, loc: this.loc(first) }));
          this.MANY(() => {
            const d = this.SUBRULE(this.designator);
            this.ACTION(() => path.push(d));
          });
          this.CONSUME4(T.RParen);
          return this.ACTION(() => ({ kind: "offsetof" as const, to, path, loc: this.loc(kw) }));
        },
      },
      {
        ALT: () => {
          const kw = this.CONSUME(T.kw("__builtin_types_compatible_p"));
          this.CONSUME6(T.LParen);
          const a = this.SUBRULE4(this.typeName);
          this.CONSUME4(T.Comma);
          const b = this.SUBRULE5(this.typeName);
          this.CONSUME6(T.RParen);
          return this.ACTION(() => ({ kind: "typescompat" as const, a, b, loc: this.loc(kw) }));
        },
      },
      {
        ALT: () => {
          const kw = this.CONSUME(T.kw("_Generic"));
          this.CONSUME5(T.LParen);
          const control = this.SUBRULE3(this.assignmentExpr);
          const assocs: { type?: Type; expr: Expr }[] = [];
          this.AT_LEAST_ONE2(() => {
            this.CONSUME3(T.Comma);
            const type = this.OR3([
              { ALT: () => this.SUBRULE3(this.typeName) as Type | undefined },
              { ALT: () => (this.CONSUME(T.kw("default")), undefined) },
            ]);
            this.CONSUME(T.Colon);
            const expr = this.SUBRULE4(this.assignmentExpr);
            this.ACTION(() => assocs.push(type ? { type, expr } : { expr }));
          });
          this.CONSUME5(T.RParen);
          return this.ACTION(() => ({ kind: "generic" as const, control, assocs, loc: this.loc(kw) }));
        },
      },
    ]),
  );

}
