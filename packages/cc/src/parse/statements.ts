// Statements (C11 6.8): compound statements with their block scope, selection (`if`,
// `switch`), iteration, jumps (`goto`, `break`, `continue`, `return`) and labeled statements
// (`name:`, `case c:`, GNU `case lo ... hi:`, `default:`).

import type { Compound, Expr, Param, Stmt } from "../ast/ast.js";
import * as T from "../lex/tokens.js";
import { DeclarationParser } from "./declarations.js";

export abstract class StatementParser extends DeclarationParser {
  // compoundStatement = "{" (declaration | statement)* "}"
  //   (a function body re-opens the parameters' scope: `params` are declared first)
  protected compoundStatement = this.RULE("compoundStatement", (params?: Param[]): Compound => {
    const open = this.CONSUME(T.LBrace);
    const depth = this.ACTION(() => {
      const d = this.scopes.depth;
      this.scopes.push();
      for (const p of params ?? []) if (p.name) this.scopes.declareOrdinary(p.name);
      return d;
    });
    const items: Stmt[] = [];
    this.MANY(() => {
      const s = this.OR([{ ALT: () => this.SUBRULE(this.declaration) }, { ALT: () => this.SUBRULE(this.statement) }]);
      this.ACTION(() => s && items.push(s));
    });
    this.CONSUME(T.RBrace);
    return this.ACTION(() => {
      this.scopes.popTo(depth);
      return { kind: "compound", items, loc: this.loc(open) };
    });
  });

  // statement = compoundStatement | ifStatement | "switch" "(" expression ")" statement
  //           | "while" "(" expression ")" statement | "do" statement "while" "(" expression ")" ";"
  //           | forStatement | "goto" Identifier ";" | "break" ";" | "continue" ";"
  //           | "return" expression? ";" | labeledStatement | asmStatement | expression? ";"
  protected statement = this.RULE(
    "statement",
    (): Stmt =>
      this.OR([
        { ALT: () => this.SUBRULE(this.compoundStatement) },
        { ALT: () => this.SUBRULE(this.ifStatement) },
        {
          ALT: () => {
            const kw = this.CONSUME(T.kw("switch"));
            const cond = this.SUBRULE(this.parenExpression);
            const body = this.SUBRULE(this.statement);
            return this.ACTION(() => ({ kind: "switch" as const, cond, body, loc: this.loc(kw) }));
          },
        },
        {
          ALT: () => {
            const kw = this.CONSUME(T.kw("while"));
            const cond = this.SUBRULE2(this.parenExpression);
            const body = this.SUBRULE2(this.statement);
            return this.ACTION(() => ({ kind: "while" as const, cond, body, loc: this.loc(kw) }));
          },
        },
        {
          ALT: () => {
            const kw = this.CONSUME(T.kw("do"));
            const body = this.SUBRULE3(this.statement);
            this.CONSUME2(T.kw("while"));
            const cond = this.SUBRULE3(this.parenExpression);
            this.CONSUME(T.Semicolon);
            return this.ACTION(() => ({ kind: "do" as const, body, cond, loc: this.loc(kw) }));
          },
        },
        { ALT: () => this.SUBRULE(this.forStatement) },
        {
          ALT: () => {
            const kw = this.CONSUME(T.kw("goto"));
            const name = this.CONSUME(T.Identifier);
            this.CONSUME2(T.Semicolon);
            return this.ACTION(() => ({ kind: "goto" as const, name: name.image, loc: this.loc(kw) }));
          },
        },
        {
          ALT: () => {
            const kw = this.CONSUME(T.kw("break"));
            this.CONSUME3(T.Semicolon);
            return this.ACTION(() => ({ kind: "break" as const, loc: this.loc(kw) }));
          },
        },
        {
          ALT: () => {
            const kw = this.CONSUME(T.kw("continue"));
            this.CONSUME4(T.Semicolon);
            return this.ACTION(() => ({ kind: "continue" as const, loc: this.loc(kw) }));
          },
        },
        {
          ALT: () => {
            const kw = this.CONSUME(T.kw("return"));
            const value = this.OPTION(() => this.SUBRULE(this.expression));
            this.CONSUME5(T.Semicolon);
            return this.ACTION(() => ({ kind: "return" as const, value, loc: this.loc(kw) }));
          },
        },
        { ALT: () => this.SUBRULE(this.labeledStatement) },
        { ALT: () => (this.SUBRULE(this.asmStatement), this.ACTION(() => ({ kind: "empty" as const, loc: this.lastLoc! }))) },
        {
          ALT: () => {
            const expr = this.OPTION2(() => this.SUBRULE2(this.expression));
            const semi = this.CONSUME6(T.Semicolon);
            return this.ACTION(() =>
              expr ? { kind: "expr" as const, expr, loc: expr.loc } : { kind: "empty" as const, loc: this.loc(semi) },
            );
          },
        },
      ]),
    { recoveryValueFunc: (): Stmt => ({ kind: "empty", loc: this.lastLoc! }) },
  );

  // parenExpression = "(" expression ")"
  private parenExpression = this.RULE("parenExpression", (): Expr => {
    this.CONSUME(T.LParen);
    const e = this.SUBRULE(this.expression);
    this.CONSUME(T.RParen);
    return e;
  });

  // ifStatement = "if" "(" expression ")" statement ("else" statement)?
  private ifStatement = this.RULE("ifStatement", (): Stmt => {
    const kw = this.CONSUME(T.kw("if"));
    const cond = this.SUBRULE(this.parenExpression);
    const then = this.SUBRULE(this.statement);
    const els = this.OPTION(() => (this.CONSUME(T.kw("else")), this.SUBRULE2(this.statement)));
    return this.ACTION(() => ({ kind: "if" as const, cond, then, else: els, loc: this.loc(kw) }));
  });

  // labeledStatement = Identifier ":" attributes? labelBody
  //                  | "case" conditionalExpr ("..." conditionalExpr)? ":" labelBody
  //                  | "default" ":" labelBody
  // labelBody        = declaration | statement
  //   (a declaration right after a label is C23, which gcc accepts in every mode)
  private labeledStatement = this.RULE("labeledStatement", (): Stmt =>
    this.OR([
      {
        ALT: () => {
          const name = this.CONSUME(T.Identifier);
          this.CONSUME(T.Colon);
          this.OPTION(() => this.SUBRULE(this.attributes));
          const body = this.SUBRULE(this.labelBody);
          return this.ACTION(() => ({ kind: "label" as const, name: name.image, body, loc: this.loc(name) }));
        },
      },
      {
        ALT: () => {
          const kw = this.CONSUME(T.kw("case"));
          const value = this.SUBRULE(this.conditionalExpr);
          const last = this.OPTION2(() => (this.CONSUME(T.Ellipsis), this.SUBRULE2(this.conditionalExpr)));
          this.CONSUME2(T.Colon);
          const body = this.SUBRULE2(this.labelBody);
          return this.ACTION(() => ({ kind: "case" as const, value, ...(last ? { last } : {}), body, loc: this.loc(kw) }));
        },
      },
      {
        ALT: () => {
          const kw = this.CONSUME(T.kw("default"));
          this.CONSUME3(T.Colon);
          const body = this.SUBRULE3(this.labelBody);
          return this.ACTION(() => ({ kind: "default" as const, body, loc: this.loc(kw) }));
        },
      },
    ]),
  );

  private labelBody = this.RULE("labelBody", (): Stmt =>
    this.OR([{ ALT: () => this.SUBRULE(this.declaration) }, { ALT: () => this.SUBRULE(this.statement) }]),
  );

  // forStatement = "for" "(" (declaration | expression? ";") expression? ";" expression? ")" statement
  private forStatement = this.RULE("forStatement", (): Stmt => {
    const kw = this.CONSUME(T.kw("for"));
    this.CONSUME(T.LParen);
    const depth = this.ACTION(() => (this.scopes.push(), this.scopes.depth - 1));
    const init = this.OR([
      { ALT: () => this.SUBRULE(this.declaration) },
      {
        ALT: () => {
          const e = this.OPTION(() => this.SUBRULE(this.expression));
          this.CONSUME(T.Semicolon);
          return this.ACTION(() => (e ? ({ kind: "expr", expr: e, loc: e.loc } as Stmt) : undefined));
        },
      },
    ]);
    const cond = this.OPTION2(() => this.SUBRULE2(this.expression));
    this.CONSUME2(T.Semicolon);
    const step = this.OPTION3(() => this.SUBRULE3(this.expression));
    this.CONSUME(T.RParen);
    const body = this.SUBRULE(this.statement);
    return this.ACTION(() => {
      this.scopes.popTo(depth);
      return { kind: "for", init, cond, step, body, loc: this.loc(kw) };
    });
  });
}
