// The C parser: a chevrotain EmbeddedActionsParser that builds the AST in its actions
// (no concrete syntax tree). The grammar follows C11 Annex A.2, reshaped for LL(2):
// expressions use one binary rule with precedence climbing, and declarators are built
// as functions from a base type to the declared type (C11 6.7.6: `int *a[3]` applies the
// suffix `[3]` to `int *`).
//
// Typedef names (the "lexer hack"): an identifier is a `TypedefName` or an `Identifier`
// depending on the declarations in scope at the point the parser looks at it. `LA` is
// overridden to relabel identifier tokens against `TypedefScopes`, caching the answer per
// token until the scopes change. Names enter scope in an ACTION right after their declarator
// (C11 6.2.1p7), so `typedef int T; T x;` works and `int T;` in a block hides the typedef.
//
// Chevrotain runs every rule once at construction to record the grammar: there, rule
// arguments are undefined and ACTIONs do not run, so every side effect lives in an ACTION.
// With error recovery a rule can be abandoned half-way: scopes are restored to a saved depth
// at each compound statement and external declaration.

import { error, warning, type Diagnostic } from "@glass/diagnostics";
import { EmbeddedActionsParser, type IToken } from "chevrotain";
import type {
  BinaryOp, Compound, Expr, FuncDef, Initializer, Loc, Param, Stmt, TopLevel, TranslationUnit, UnaryOp, VarDecl,
  AssignOp,
} from "../ast/ast.js";
import { pointerTo, type FunctionType, type Type } from "../ast/types.js";
import type { CToken } from "../lex/convert.js";
import * as T from "../lex/tokens.js";
import { cErrorMessages } from "./errors.js";
import { TypedefScopes } from "./scope.js";
import { baseType, type Specifiers } from "./specifiers.js";

/** A parsed declarator: the name (if any) and how it wraps the base type. */
interface Declarator {
  name?: string;
  loc: Loc;
  apply: (base: Type) => Type;
  /** Parameters of the function suffix directly after the name (for function definitions). */
  params?: Param[];
}

type Suffix = { apply: (t: Type) => Type; params?: Param[] };

const precedence: Record<BinaryOp, number> = {
  "||": 1, "&&": 2, "|": 3, "^": 4, "&": 5, "==": 6, "!=": 6,
  "<": 7, ">": 7, "<=": 7, ">=": 7, "<<": 8, ">>": 8, "+": 9, "-": 9, "*": 10, "/": 10, "%": 10,
};

const storageWords = ["typedef", "extern", "static", "auto", "register"] as const;
const qualifierWords = ["const", "volatile", "restrict", "inline", "_Noreturn"];
const typeWords = ["void", "char", "short", "int", "long", "signed", "unsigned", "_Bool", "float", "double"];

export class CParser extends EmbeddedActionsParser {
  readonly scopes = new TypedefScopes();
  /** Problems found while building the AST (not grammar errors): bad specifiers, etc. */
  diags: Diagnostic[] = [];
  private lastLoc: Loc | undefined;

  constructor(validate: boolean) {
    super(T.allTokens, {
      maxLookahead: 2,
      recoveryEnabled: true,
      skipValidations: !validate,
      errorMessageProvider: cErrorMessages,
    });
    this.performSelfAnalysis();
  }

  /** Parses one translation unit from C tokens. Grammar errors land in `this.errors`. */
  parse(tokens: CToken[]): TranslationUnit {
    this.scopes.reset();
    this.diags = [];
    this.lastLoc = tokens[0]?.loc;
    this.input = tokens;
    return this.translationUnit() ?? { decls: [] };
  }

  // The token fetch, relabelling identifiers as typedef names against the current scopes.
  protected override LA(howMuch: number): IToken {
    const t = super.LA(howMuch) as CToken;
    if (t.classifiedAt !== undefined && t.classifiedAt !== this.scopes.generation) {
      const type = this.scopes.typedef(t.image) ? T.TypedefName : T.Identifier;
      t.tokenType = type;
      t.tokenTypeIdx = type.tokenTypeIdx!;
      t.classifiedAt = this.scopes.generation;
    }
    return t;
  }

  protected override LA_FAST(howMuch: number): IToken {
    return this.LA(howMuch);
  }

  private loc(tok: IToken): Loc {
    const l = (tok as CToken).loc ?? this.lastLoc!;
    this.lastLoc = l;
    return l;
  }

  // translationUnit = externalDeclaration*
  private translationUnit = this.RULE("translationUnit", (): TranslationUnit => {
    const decls: TopLevel[] = [];
    this.MANY(() => {
      const d = this.SUBRULE(this.externalDeclaration);
      this.ACTION(() => d && decls.push(...d));
    });
    return { decls };
  });

  // externalDeclaration = declSpecifiers declarator
  //                         ( compoundStatement                                 -- function definition
  //                         | ("=" initializer)? ("," initDeclarator)* ";" )
  //   (the declarator may be empty: `int;` declares nothing, with a warning)
  private externalDeclaration = this.RULE("externalDeclaration", (): TopLevel[] => {
    this.ACTION(() => this.scopes.popTo(1));
    const specs = this.SUBRULE(this.declSpecifiers);
    const d = this.SUBRULE(this.declarator);
    const first = this.ACTION(() => this.declare(specs, d));
    return this.OR([
      {
        ALT: () => {
          const body = this.SUBRULE(this.compoundStatement, { ARGS: [this.ACTION(() => d.params ?? [])] });
          return this.ACTION(() => [this.functionDefinition(specs, d, first, body)]);
        },
      },
      {
        ALT: () => {
          this.OPTION(() => {
            this.CONSUME(T.Assign);
            const init = this.SUBRULE(this.initializer);
            this.ACTION(() => (first.init = init));
          });
          const rest = this.SUBRULE(this.initDeclaratorsTail, { ARGS: [specs] });
          this.CONSUME(T.Semicolon);
          return this.ACTION(() => this.named([first, ...rest]));
        },
      },
    ]);
  });

  // declaration = declSpecifiers initDeclarator ("," initDeclarator)* ";"
  private declaration = this.RULE("declaration", (): Stmt => {
    const specs = this.SUBRULE(this.declSpecifiers);
    const first = this.SUBRULE(this.initDeclarator, { ARGS: [specs] });
    const rest = this.SUBRULE(this.initDeclaratorsTail, { ARGS: [specs] });
    this.CONSUME(T.Semicolon);
    return this.ACTION(() => ({ kind: "decl", decls: this.named([first, ...rest]), loc: specs.loc }));
  });

  // initDeclaratorsTail = ("," initDeclarator)*
  private initDeclaratorsTail = this.RULE("initDeclaratorsTail", (specs: Specifiers): VarDecl[] => {
    const out: VarDecl[] = [];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      const d = this.SUBRULE(this.initDeclarator, { ARGS: [specs] });
      this.ACTION(() => out.push(d));
    });
    return out;
  });

  // initDeclarator = declarator ("=" initializer)?
  private initDeclarator = this.RULE("initDeclarator", (specs: Specifiers): VarDecl => {
    const d = this.SUBRULE(this.declarator);
    const decl = this.ACTION(() => this.declare(specs, d));
    this.OPTION(() => {
      this.CONSUME(T.Assign);
      const init = this.SUBRULE(this.initializer);
      this.ACTION(() => (decl.init = init));
    });
    return decl;
  });

  // declSpecifiers = (storageClass | typeQualifier | typeSpecifier | TypedefName)+
  //   A TypedefName counts only while no type specifier has been seen (`unsigned T;` declares T).
  private declSpecifiers = this.RULE("declSpecifiers", (): Specifiers => {
    const specs: Specifiers = { storage: undefined, words: [], isConst: false, loc: undefined! };
    let sawType = false;
    const note = (tok: IToken) =>
      this.ACTION(() => {
        specs.loc ??= this.loc(tok);
        const w = tok.image;
        if ((storageWords as readonly string[]).includes(w)) {
          if (specs.storage) this.diags.push(error("multiple storage classes in declaration specifiers", this.loc(tok)));
          specs.storage = w as Specifiers["storage"];
        } else if (w === "const") specs.isConst = true;
        else if (!qualifierWords.includes(w)) {
          sawType = true;
          specs.words.push(w);
        }
      });
    this.AT_LEAST_ONE({
      GATE: () => !(sawType && this.LA(1).tokenType === T.TypedefName),
      DEF: () =>
        this.OR([
          ...[...storageWords, ...qualifierWords, ...typeWords, "struct", "union", "enum"].map((w) => ({
            ALT: () => note(this.CONSUME(T.kw(w))),
          })),
          {
            ALT: () => {
              const tok = this.CONSUME(T.TypedefName);
              this.ACTION(() => {
                specs.loc ??= this.loc(tok);
                specs.typedefType = this.scopes.typedef(tok.image);
                sawType = true;
              });
            },
          },
        ]),
    });
    return specs;
  });

  // declarator = ("*" typeQualifier*)* directDeclarator
  private declarator = this.RULE("declarator", (): Declarator => {
    const ptrs: boolean[] = [];
    this.MANY(() => {
      this.CONSUME(T.Star);
      let isConst = false;
      this.MANY2(() =>
        this.OR([
          { ALT: () => (this.CONSUME(T.kw("const")), (isConst = true)) },
          { ALT: () => this.CONSUME(T.kw("volatile")) },
          { ALT: () => this.CONSUME(T.kw("restrict")) },
        ]),
      );
      this.ACTION(() => ptrs.push(isConst));
    });
    const d = this.SUBRULE(this.directDeclarator);
    return this.ACTION(() => ({
      ...d,
      apply: (base: Type) => d.apply(ptrs.reduce<Type>((t, c) => (c ? { ...pointerTo(t), const: true } : pointerTo(t)), base)),
    }));
  });

  // directDeclarator = (Identifier | TypedefName | "(" declarator ")")? declaratorSuffix*
  //   (the name is optional: the same rule serves abstract declarators in type names)
  private directDeclarator = this.RULE("directDeclarator", (): Declarator => {
    let name: string | undefined;
    let loc: Loc | undefined;
    let inner: Declarator | undefined;
    this.OPTION(() =>
      this.OR([
        { ALT: () => this.nameToken(this.CONSUME(T.Identifier), (n, l) => ((name = n), (loc = l))) },
        { ALT: () => this.nameToken(this.CONSUME(T.TypedefName), (n, l) => ((name = n), (loc = l))) },
        {
          ALT: () => {
            this.CONSUME(T.LParen);
            inner = this.SUBRULE(this.declarator);
            this.CONSUME(T.RParen);
          },
        },
      ]),
    );
    const suffixes: Suffix[] = [];
    this.MANY(() => {
      const s = this.SUBRULE(this.declaratorSuffix);
      this.ACTION(() => suffixes.push(s));
    });
    return this.ACTION(() => {
      const wrap = (base: Type) => suffixes.reduceRight((t, s) => s.apply(t), base);
      if (inner) {
        const i = inner;
        return { name: i.name, loc: i.loc, params: i.params, apply: (base: Type) => i.apply(wrap(base)) };
      }
      return { name, loc: loc ?? this.lastLoc!, params: suffixes[0]?.params, apply: wrap };
    });
  });

  private nameToken(tok: IToken, set: (name: string, loc: Loc) => void): void {
    this.ACTION(() => set(tok.image, this.loc(tok)));
  }

  // declaratorSuffix = "[" assignmentExpr? "]" | "(" parameterList? ")"
  private declaratorSuffix = this.RULE("declaratorSuffix", (): Suffix => {
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.LBracket);
          const n = this.OPTION(() => this.SUBRULE(this.assignmentExpr));
          this.CONSUME(T.RBracket);
          return this.ACTION(() => ({
            apply: (of: Type) => (n ? { kind: "array", of, lengthExpr: n } : { kind: "array", of }) as Type,
          }));
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          const depth = this.ACTION(() => (this.scopes.push(), this.scopes.depth - 1));
          const list = this.OPTION2(() => this.SUBRULE(this.parameterList));
          this.CONSUME(T.RParen);
          return this.ACTION(() => {
            this.scopes.popTo(depth);
            return functionSuffix(list);
          });
        },
      },
    ]);
  });

  // parameterList = parameterDeclaration ("," (parameterDeclaration | "..."))*
  private parameterList = this.RULE("parameterList", (): { params: Param[]; variadic: boolean } => {
    const params: Param[] = [];
    let variadic = false;
    const first = this.SUBRULE(this.parameterDeclaration);
    this.ACTION(() => params.push(first));
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.OR([
        { ALT: () => (this.CONSUME(T.Ellipsis), this.ACTION(() => (variadic = true))) },
        {
          ALT: () => {
            const p = this.SUBRULE2(this.parameterDeclaration);
            this.ACTION(() => params.push(p));
          },
        },
      ]);
    });
    return { params, variadic };
  });

  // parameterDeclaration = declSpecifiers declarator
  private parameterDeclaration = this.RULE("parameterDeclaration", (): Param => {
    const specs = this.SUBRULE(this.declSpecifiers);
    const d = this.SUBRULE(this.declarator);
    return this.ACTION(() => {
      if (d.name) this.scopes.declareOrdinary(d.name);
      return { name: d.name, type: adjustParam(d.apply(baseType(specs, this.diags))), loc: d.name ? d.loc : specs.loc };
    });
  });

  // typeName = declSpecifiers declarator      -- the declarator must be abstract
  private typeName = this.RULE("typeName", (): Type => {
    const specs = this.SUBRULE(this.declSpecifiers);
    const d = this.SUBRULE(this.declarator);
    return this.ACTION(() => {
      if (d.name) this.diags.push(error(`unexpected name '${d.name}' in type name`, d.loc));
      return d.apply(baseType(specs, this.diags));
    });
  });

  // initializer = assignmentExpr | "{" initializer ("," initializer)* ","? "}"
  private initializer = this.RULE("initializer", (): Initializer => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.assignmentExpr) },
      {
        ALT: () => {
          const open = this.CONSUME(T.LBrace);
          const items: Initializer[] = [];
          const first = this.SUBRULE(this.initializer);
          this.ACTION(() => items.push(first));
          this.MANY(() => {
            this.CONSUME(T.Comma);
            const next = this.SUBRULE2(this.initializer);
            this.ACTION(() => items.push(next));
          });
          this.OPTION(() => this.CONSUME2(T.Comma));
          this.CONSUME(T.RBrace);
          return this.ACTION(() => ({ kind: "initlist" as const, items, loc: this.loc(open) }));
        },
      },
    ]);
  });

  // ---- Statements (C11 6.8) ----

  // compoundStatement = "{" (declaration | statement)* "}"
  //   (a function body re-opens the parameters' scope: `params` are declared first)
  private compoundStatement = this.RULE("compoundStatement", (params?: Param[]): Compound => {
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

  // statement = compoundStatement | "if" "(" expression ")" statement ("else" statement)?
  //           | "while" "(" expression ")" statement | "do" statement "while" "(" expression ")" ";"
  //           | "for" "(" (declaration | expression? ";") expression? ";" expression? ")" statement
  //           | "break" ";" | "continue" ";" | "return" expression? ";" | expression? ";"
  private statement = this.RULE(
    "statement",
    (): Stmt =>
      this.OR([
        { ALT: () => this.SUBRULE(this.compoundStatement) },
        {
          ALT: () => {
            const kw = this.CONSUME(T.kw("if"));
            this.CONSUME(T.LParen);
            const cond = this.SUBRULE(this.expression);
            this.CONSUME(T.RParen);
            const then = this.SUBRULE2(this.statement);
            const els = this.OPTION(() => (this.CONSUME(T.kw("else")), this.SUBRULE3(this.statement)));
            return this.ACTION(() => ({ kind: "if" as const, cond, then, else: els, loc: this.loc(kw) }));
          },
        },
        {
          ALT: () => {
            const kw = this.CONSUME(T.kw("while"));
            this.CONSUME2(T.LParen);
            const cond = this.SUBRULE2(this.expression);
            this.CONSUME2(T.RParen);
            const body = this.SUBRULE4(this.statement);
            return this.ACTION(() => ({ kind: "while" as const, cond, body, loc: this.loc(kw) }));
          },
        },
        {
          ALT: () => {
            const kw = this.CONSUME(T.kw("do"));
            const body = this.SUBRULE5(this.statement);
            this.CONSUME2(T.kw("while"));
            this.CONSUME3(T.LParen);
            const cond = this.SUBRULE3(this.expression);
            this.CONSUME3(T.RParen);
            this.CONSUME(T.Semicolon);
            return this.ACTION(() => ({ kind: "do" as const, body, cond, loc: this.loc(kw) }));
          },
        },
        { ALT: () => this.SUBRULE(this.forStatement) },
        {
          ALT: () => {
            const kw = this.CONSUME(T.kw("break"));
            this.CONSUME2(T.Semicolon);
            return this.ACTION(() => ({ kind: "break" as const, loc: this.loc(kw) }));
          },
        },
        {
          ALT: () => {
            const kw = this.CONSUME(T.kw("continue"));
            this.CONSUME3(T.Semicolon);
            return this.ACTION(() => ({ kind: "continue" as const, loc: this.loc(kw) }));
          },
        },
        {
          ALT: () => {
            const kw = this.CONSUME(T.kw("return"));
            const value = this.OPTION2(() => this.SUBRULE4(this.expression));
            this.CONSUME4(T.Semicolon);
            return this.ACTION(() => ({ kind: "return" as const, value, loc: this.loc(kw) }));
          },
        },
        {
          ALT: () => {
            const expr = this.OPTION3(() => this.SUBRULE5(this.expression));
            const semi = this.CONSUME5(T.Semicolon);
            return this.ACTION(() =>
              expr ? { kind: "expr" as const, expr, loc: expr.loc } : { kind: "empty" as const, loc: this.loc(semi) },
            );
          },
        },
      ]),
    { recoveryValueFunc: (): Stmt => ({ kind: "empty", loc: this.lastLoc! }) },
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

  // ---- Expressions (C11 6.5) ----

  // expression = assignmentExpr ("," assignmentExpr)*
  private expression = this.RULE("expression", (): Expr => {
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
  private assignmentExpr = this.RULE(
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

  // conditionalExpr = binaryExpr ("?" expression ":" conditionalExpr)?
  private conditionalExpr = this.RULE("conditionalExpr", (): Expr => {
    const cond = this.SUBRULE(this.binaryExpr);
    return (
      this.OPTION(() => {
        const q = this.CONSUME(T.Question);
        const then = this.SUBRULE(this.expression);
        this.CONSUME(T.Colon);
        const els = this.SUBRULE(this.conditionalExpr);
        return this.ACTION(() => ({ kind: "cond" as const, cond, then, else: els, loc: this.loc(q) }));
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

  // castExpr = "(" typeName ")" castExpr | unaryExpr
  private castExpr = this.RULE("castExpr", (): Expr =>
    this.OR([
      {
        ALT: () => {
          const open = this.CONSUME(T.LParen);
          const to = this.SUBRULE(this.typeName);
          this.CONSUME(T.RParen);
          const operand = this.SUBRULE(this.castExpr);
          return this.ACTION(() => ({ kind: "cast" as const, to, operand, implicit: false, loc: this.loc(open) }));
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
      { ALT: () => this.SUBRULE(this.postfixExpr) },
    ]),
  );

  // postfixExpr = primaryExpr ( "[" expression "]" | "(" (assignmentExpr ("," assignmentExpr)*)? ")"
  //                           | "++" | "--" )*
  private postfixExpr = this.RULE("postfixExpr", (): Expr => {
    let e = this.SUBRULE(this.primaryExpr);
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
            const op = this.OR2([{ ALT: () => this.CONSUME(T.PlusPlus) }, { ALT: () => this.CONSUME(T.MinusMinus) }]);
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
          const t = this.CONSUME(T.CharConstant) as CToken;
          return this.ACTION(() => ({ kind: "char" as const, value: t.char!, loc: this.loc(t) }));
        },
      },
      {
        ALT: () => {
          const parts: CToken[] = [];
          this.AT_LEAST_ONE(() => {
            const t = this.CONSUME(T.StringLiteral) as CToken;
            this.ACTION(() => parts.push(t));
          });
          return this.ACTION(() => ({
            kind: "string" as const,
            bytes: [...parts.flatMap((p) => p.bytes ?? []), 0],
            loc: this.loc(parts[0]!),
          }));
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
    ]),
  );

  // ---- Actions shared by the declaration rules ----

  /** Builds the declaration for one declarator and brings its name into scope. */
  private declare(specs: Specifiers, d: Declarator): VarDecl {
    const type = d.apply(baseType(specs, this.diags));
    if (d.name) {
      if (specs.storage === "typedef") this.scopes.declareTypedef(d.name, type);
      else this.scopes.declareOrdinary(d.name);
    }
    return { kind: "var", name: d.name ?? "", type, storage: specs.storage, loc: d.loc };
  }

  /** The declarations that name something; `int;` alone only earns a warning (as in gcc). */
  private named(decls: VarDecl[]): VarDecl[] {
    const out = decls.filter((d) => d.name !== "");
    if (decls.length === 1 && out.length === 0 && !decls[0]!.init) this.diags.push(warning("declaration does not declare anything", decls[0]!.loc));
    else if (out.length < decls.length) this.diags.push(error("expected identifier or '('", decls.find((d) => d.name === "")!.loc));
    return out;
  }

  private functionDefinition(specs: Specifiers, d: Declarator, decl: VarDecl, body: Compound): FuncDef {
    const type = decl.type;
    if (type.kind !== "function") {
      this.diags.push(error(`expected '=', ',', ';', 'asm' or '__attribute__' before '{' token`, body.loc));
      return { kind: "func", name: decl.name, type: functionSuffix(undefined).apply(type) as FunctionType, params: [], storage: specs.storage, body, loc: decl.loc };
    }
    const params = d.params ?? [];
    for (const p of params) if (!p.name) this.diags.push(error("parameter name omitted", p.loc));
    return { kind: "func", name: decl.name, type, params, storage: specs.storage, body, loc: decl.loc };
  }
}

/** A function suffix `( params )` as a type wrapper; `(void)` means no parameters. */
function functionSuffix(list: { params: Param[]; variadic: boolean } | undefined): Suffix {
  if (!list) return { params: [], apply: (returns) => ({ kind: "function", returns, params: [], variadic: false, prototyped: false }) };
  let params = list.params;
  if (params.length === 1 && params[0]!.type.kind === "void" && !params[0]!.name) params = [];
  return {
    params,
    apply: (returns) => ({ kind: "function", returns, params: params.map((p) => p.type), variadic: list.variadic, prototyped: true }),
  };
}

/** Parameter type adjustment (C11 6.7.6.3p7–8): arrays and functions become pointers. */
function adjustParam(t: Type): Type {
  if (t.kind === "array") return pointerTo(t.of);
  if (t.kind === "function") return pointerTo(t);
  return t;
}
