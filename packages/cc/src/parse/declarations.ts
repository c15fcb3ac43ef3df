// Declarations (C11 6.7, 6.9): external declarations and function definitions, init
// declarators, declarators (6.7.6), parameter lists, type names (6.7.7), initializers with
// designators (6.7.9) and `_Static_assert` (6.7.10). GNU `__attribute__` lists and
// `__asm__("sym")` labels may follow a declarator.
//
// A name enters scope in an ACTION right after its declarator (C11 6.2.1p7), so
// `typedef int T; T x;` works and `int T;` in a block hides the typedef.

import { error, warning } from "@glass/diagnostics";
import type { ParserMethod } from "chevrotain";
import type {
  Attribute, Compound, Designator, FuncDef, InitItem, InitList, Initializer, Loc, Param, StaticAssert, Stmt, TopLevel,
  TranslationUnit, VarDecl,
} from "../ast/ast.js";
import { intType, pointerTo, type FunctionType, type Type } from "../ast/types.js";
import type { CToken } from "../lex/convert.js";
import * as T from "../lex/tokens.js";
import { adjustParam, functionSuffix, type Declarator, type Suffix } from "./declarator.js";
import { baseType, type Specifiers } from "./specifiers.js";
import { SpecifierParser } from "./type-specifiers.js";

export abstract class DeclarationParser extends SpecifierParser {
  protected abstract compoundStatement: ParserMethod<[Param[]?], Compound>;

  // translationUnit = externalDeclaration*
  protected translationUnit = this.RULE("translationUnit", (): TranslationUnit => {
    const decls: TopLevel[] = [];
    this.MANY(() => {
      const d = this.SUBRULE(this.externalDeclaration);
      this.ACTION(() => d && decls.push(...d));
    });
    return { decls };
  });

  // externalDeclaration = staticAssert | asmStatement | ";"
  //                     | declSpecifiers declarator declaratorTail
  //                         ( declaration* compoundStatement                    -- function definition (K&R: declarations)
  //                         | ("=" initializer)? ("," initDeclarator)* ";" )
  //   (the declarator may be empty: `int;` declares nothing, with a warning)
  private externalDeclaration = this.RULE("externalDeclaration", (): TopLevel[] => {
    this.ACTION(() => this.scopes.popTo(1));
    return this.OR([
      { ALT: () => [this.SUBRULE(this.staticAssert)] },
      { ALT: () => (this.SUBRULE(this.asmStatement), []) },
      { ALT: () => (this.CONSUME(T.Semicolon), []) },
      {
        ALT: () => {
          const specs = this.SUBRULE(this.declSpecifiers);
          const d = this.SUBRULE(this.declarator);
          this.SUBRULE(this.declaratorTail, { ARGS: [d] });
          const first = this.ACTION(() => this.declare(specs, d));
          return this.OR2([
            {
              ALT: () => {
                // K&R: the parameters' declarations, in a scope of their own, before the body
                const oldStyle: VarDecl[] = [];
                this.ACTION(() => this.scopes.push());
                this.MANY(() => {
                  const s = this.SUBRULE(this.declaration);
                  this.ACTION(() => s.kind === "decl" && oldStyle.push(...s.decls));
                });
                const params = this.ACTION(() => this.oldStyleParams(d, oldStyle));
                const body = this.SUBRULE(this.compoundStatement, { ARGS: [params] });
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
                this.ACTION(() => this.autoTyped(specs, d, first));
                const rest = this.SUBRULE(this.initDeclaratorsTail, { ARGS: [specs] });
                this.CONSUME2(T.Semicolon);
                return this.ACTION(() => this.named(specs, [first, ...rest]));
              },
            },
          ]);
        },
      },
    ]);
  });

  // asmStatement = "asm" ("volatile" | "goto" | "inline")* "(" ... ")" ";"    -- rejected
  protected asmStatement = this.RULE("asmStatement", (): void => {
    const kw = this.CONSUME(T.kw("asm"));
    this.MANY(() => this.OR([{ ALT: () => this.CONSUME(T.kw("volatile")) }, { ALT: () => this.CONSUME(T.kw("inline")) }, { ALT: () => this.CONSUME(T.kw("goto")) }]));
    this.CONSUME(T.LParen);
    this.MANY2(() => this.OR2([
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.CONSUME(T.Colon) },
      { ALT: () => this.CONSUME(T.Comma) },
      { ALT: () => (this.CONSUME2(T.LParen), this.SUBRULE(this.expression), this.CONSUME2(T.RParen)) },
      { ALT: () => this.CONSUME(T.Identifier) },
    ]));
    this.CONSUME(T.RParen);
    this.CONSUME(T.Semicolon);
    this.ACTION(() => this.diags.push(error("inline assembly is not supported", this.loc(kw))));
  });

  // staticAssert = "_Static_assert" "(" conditionalExpr ("," StringLiteral+)? ")" ";"
  protected staticAssert = this.RULE("staticAssert", (): StaticAssert => {
    const kw = this.CONSUME(T.kw("_Static_assert"));
    this.CONSUME(T.LParen);
    const cond = this.SUBRULE(this.conditionalExpr);
    const parts: CToken[] = [];
    this.OPTION(() => {
      this.CONSUME(T.Comma);
      this.AT_LEAST_ONE(() => {
        const t = this.CONSUME(T.StringLiteral) as CToken;
        this.ACTION(() => parts.push(t));
      });
    });
    this.CONSUME(T.RParen);
    this.CONSUME(T.Semicolon);
    return this.ACTION(() => ({
      kind: "staticassert" as const, cond, loc: this.loc(kw),
      message: String.fromCharCode(...parts.flatMap((p) => p.bytes ?? [])),
    }));
  });

  // declaration = staticAssert | declSpecifiers initDeclarator ("," initDeclarator)* ";"
  protected declaration = this.RULE("declaration", (): Stmt => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.staticAssert) },
      {
        ALT: () => {
          const specs = this.SUBRULE(this.declSpecifiers);
          const first = this.SUBRULE(this.initDeclarator, { ARGS: [specs] });
          const rest = this.SUBRULE(this.initDeclaratorsTail, { ARGS: [specs] });
          this.CONSUME(T.Semicolon);
          return this.ACTION(() => ({ kind: "decl" as const, decls: this.named(specs, [first, ...rest]), loc: specs.loc }));
        },
      },
    ]);
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

  // initDeclarator = declarator declaratorTail ("=" initializer)?
  private initDeclarator = this.RULE("initDeclarator", (specs: Specifiers): VarDecl => {
    const d = this.SUBRULE(this.declarator);
    this.SUBRULE(this.declaratorTail, { ARGS: [d] });
    const decl = this.ACTION(() => this.declare(specs, d));
    this.OPTION(() => {
      this.CONSUME(T.Assign);
      const init = this.SUBRULE(this.initializer);
      this.ACTION(() => (decl.init = init));
    });
    this.ACTION(() => this.autoTyped(specs, d, decl));
    return decl;
  });

  // declaratorTail = (asmLabel | attributes)*        asmLabel = "asm" "(" StringLiteral+ ")"
  private declaratorTail = this.RULE("declaratorTail", (d: Declarator): void => {
    this.MANY(() =>
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.kw("asm"));
            this.CONSUME(T.LParen);
            const parts: CToken[] = [];
            this.AT_LEAST_ONE(() => {
              const t = this.CONSUME(T.StringLiteral) as CToken;
              this.ACTION(() => parts.push(t));
            });
            this.CONSUME(T.RParen);
            this.ACTION(() => (d.asmName = String.fromCharCode(...parts.flatMap((p) => p.bytes ?? []))));
          },
        },
        {
          ALT: () => {
            const a = this.SUBRULE(this.attributes);
            this.ACTION(() => (d.attrs = [...(d.attrs ?? []), ...a]));
          },
        },
      ]),
    );
  });

  // declarator = ("*" (typeQualifier | attributes)*)* directDeclarator
  protected declarator = this.RULE("declarator", (): Declarator => {
    const ptrs: boolean[] = [];
    this.MANY(() => {
      this.CONSUME(T.Star);
      let isConst = false;
      this.MANY2(() =>
        this.OR([
          { ALT: () => (this.CONSUME(T.kw("const")), (isConst = true)) },
          { ALT: () => this.CONSUME(T.kw("volatile")) },
          { ALT: () => this.CONSUME(T.kw("restrict")) },
          { ALT: () => this.CONSUME(T.kw("_Atomic")) },
          { ALT: () => this.SUBRULE(this.attributes) },
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

  // directDeclarator = (Identifier | TypedefName | "(" attributes? declarator ")")? declaratorSuffix*
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
            this.OPTION2(() => this.SUBRULE(this.attributes));
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
        // `(f)(int x)` names its parameters outside the parentheses; `(*f(int x))(void)` inside
        const own = i.params ? i : suffixes[0];
        return { name: i.name, loc: i.loc, params: own?.params, oldStyle: !!own?.oldStyle, apply: (base: Type) => i.apply(wrap(base)) };
      }
      return { name, loc: loc ?? this.lastLoc!, params: suffixes[0]?.params, oldStyle: !!suffixes[0]?.oldStyle, apply: wrap };
    });
  });

  // declaratorSuffix = "[" ("static" | typeQualifier)* assignmentExpr? "]" | "(" parameterList? ")"
  private declaratorSuffix = this.RULE("declaratorSuffix", (): Suffix => {
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.LBracket);
          this.MANY(() =>
            this.OR2([
              { ALT: () => this.CONSUME(T.kw("static")) },
              { ALT: () => this.CONSUME(T.kw("const")) },
              { ALT: () => this.CONSUME(T.kw("restrict")) },
              { ALT: () => this.CONSUME(T.kw("volatile")) },
            ]),
          );
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
          const list = this.OPTION2(() =>
            this.OR3([{ ALT: () => this.SUBRULE(this.parameterList) }, { ALT: () => this.SUBRULE(this.identifierList) }]),
          );
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

  // identifierList = Identifier ("," Identifier)*      -- a K&R definition's parameter names
  private identifierList = this.RULE("identifierList", (): { params: Param[]; variadic: boolean; oldStyle: true } => {
    const params: Param[] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => {
        const t = this.CONSUME(T.Identifier);
        this.ACTION(() => params.push({ name: t.image, type: intType, loc: this.loc(t) }));
      },
    });
    return { params, variadic: false, oldStyle: true };
  });

  // parameterDeclaration = declSpecifiers declarator attributes?
  private parameterDeclaration = this.RULE("parameterDeclaration", (): Param => {
    const specs = this.SUBRULE(this.declSpecifiers);
    const d = this.SUBRULE(this.declarator);
    this.OPTION(() => this.SUBRULE(this.attributes));
    return this.ACTION(() => {
      if (d.name) this.scopes.declareOrdinary(d.name);
      const register = specs.storage === "register" ? { register: true } : {};
      return { name: d.name, type: adjustParam(d.apply(this.baseTypeOf(specs))), loc: d.name ? d.loc : specs.loc, ...register };
    });
  });

  // typeName = declSpecifiers declarator      -- the declarator must be abstract
  protected typeName = this.RULE("typeName", (): Type => {
    const specs = this.SUBRULE(this.declSpecifiers);
    const d = this.SUBRULE(this.declarator);
    return this.ACTION(() => {
      if (d.name) this.diags.push(error(`unexpected name '${d.name}' in type name`, d.loc));
      return d.apply(this.baseTypeOf(specs));
    });
  });

  // initializer = assignmentExpr | initList
  // initList    = "{" (initItem ("," initItem)* ","?)? "}"
  // initItem    = (designator+ "=")? initializer
  // designator  = "[" conditionalExpr ("..." conditionalExpr)? "]" | "." (Identifier | TypedefName)
  protected initializer = this.RULE("initializer", (): Initializer =>
    this.OR([{ ALT: () => this.SUBRULE(this.assignmentExpr) }, { ALT: () => this.SUBRULE(this.initList) }]),
  );

  protected initList = this.RULE("initList", (): InitList => {
    const open = this.CONSUME(T.LBrace);
    const items: InitItem[] = [];
    this.OPTION(() => {
      const first = this.SUBRULE(this.initItem);
      this.ACTION(() => items.push(first));
      this.MANY(() => {
        this.CONSUME(T.Comma);
        const next = this.SUBRULE2(this.initItem);
        this.ACTION(() => items.push(next));
      });
      this.OPTION2(() => this.CONSUME2(T.Comma));
    });
    this.CONSUME(T.RBrace);
    return this.ACTION(() => ({ kind: "initlist" as const, items, loc: this.loc(open) }));
  });

  private initItem = this.RULE("initItem", (): InitItem => {
    const designators: Designator[] = [];
    this.OPTION(() => {
      this.AT_LEAST_ONE(() => {
        const d = this.SUBRULE(this.designator);
        this.ACTION(() => designators.push(d));
      });
      this.CONSUME(T.Assign);
    });
    const init = this.SUBRULE(this.initializer);
    return { designators, init };
  });

  protected designator = this.RULE("designator", (): Designator =>
    this.OR([
      {
        ALT: () => {
          const open = this.CONSUME(T.LBracket);
          const index = this.SUBRULE(this.conditionalExpr);
          const last = this.OPTION(() => (this.CONSUME(T.Ellipsis), this.SUBRULE2(this.conditionalExpr)));
          this.CONSUME(T.RBracket);
          return this.ACTION(() => ({ kind: "index" as const, index, ...(last ? { last } : {}), loc: this.loc(open) }));
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Dot);
          const name = this.OR2([{ ALT: () => this.CONSUME(T.Identifier) }, { ALT: () => this.CONSUME(T.TypedefName) }]);
          return this.ACTION(() => ({ kind: "field" as const, name: name.image, loc: this.loc(name) }));
        },
      },
    ]),
  );

  // ---- Actions shared by the declaration rules ----

  protected baseTypeOf(specs: Specifiers): Type {
    return baseType(specs, this.diags);
  }

  /** Builds the declaration for one declarator and brings its name into scope. */
  private declare(specs: Specifiers, d: Declarator): VarDecl {
    // `__attribute__((fallthrough));` and the like: attributes alone declare nothing.
    const onlyAttrs = !d.name && specs.words.length === 0 && !specs.typedefType && !specs.storage;
    const type = onlyAttrs ? intType : d.apply(this.baseTypeOf(specs));
    if (d.name) {
      if (specs.storage === "typedef") this.scopes.declareTypedef(d.name, type);
      else this.scopes.declareOrdinary(d.name);
    }
    const attrs: Attribute[] = [...specs.attrs, ...(d.attrs ?? [])];
    return {
      kind: "var", name: d.name ?? "", type, storage: specs.storage, loc: d.loc,
      ...(d.asmName !== undefined ? { asmName: d.asmName } : {}), ...(attrs.length ? { attrs } : {}),
    };
  }

  /**
   * The declarations that name something. `struct S {…};` keeps one unnamed declaration that
   * carries the type (semantic analysis declares its enumerators); `int;` only earns a warning.
   */
  private named(specs: Specifiers, decls: VarDecl[]): VarDecl[] {
    const out = decls.filter((d) => d.name !== "");
    if (decls.length === 1 && out.length === 0 && !decls[0]!.init) {
      if (specs.declaresTag) return decls;
      if (specs.words.length || specs.typedefType || specs.storage) this.diags.push(warning("declaration does not declare anything", decls[0]!.loc));
    } else if (out.length < decls.length) this.diags.push(error("expected identifier or '('", decls.find((d) => d.name === "")!.loc));
    return out;
  }

  /** GNU `__auto_type x = e;`: x has e's type, which semantic analysis works out. */
  private autoTyped(specs: Specifiers, d: Declarator, decl: VarDecl): void {
    if (!specs.words.includes("__auto_type")) return;
    if (!decl.init || decl.init.kind === "initlist") return void this.diags.push(error("'__auto_type' requires an initialized data declaration", decl.loc));
    if (d.apply(intType) !== intType) this.diags.push(error("'__auto_type' requires a plain identifier as declarator", decl.loc));
    decl.type = { kind: "typeof", expr: decl.init, auto: true };
  }

  /**
   * The parameters of a definition `f(a, b) int a; char *b; {`: each name takes the type its
   * declaration gives (adjusted like a prototype's), `int` if none does (C89, gcc warns).
   */
  private oldStyleParams(d: Declarator, decls: VarDecl[]): Param[] {
    const params = d.params ?? [];
    for (const v of decls) {
      const p = params.find((q) => q.name === v.name);
      if (!p || !d.oldStyle) this.diags.push(error(`declaration for parameter '${v.name}' but no such parameter`, v.loc));
      else {
        p.type = adjustParam(v.type);
        p.loc = v.loc;
        if (v.storage === "register") p.register = true;
        if (v.init) this.diags.push(error(`parameter '${v.name}' is initialized`, v.loc));
      }
    }
    for (const p of params) {
      if (d.oldStyle && p.name && !decls.some((v) => v.name === p.name)) this.diags.push(warning(`type of '${p.name}' defaults to 'int'`, p.loc, "implicit-int"));
    }
    return params;
  }

  private functionDefinition(specs: Specifiers, d: Declarator, decl: VarDecl, body: Compound): FuncDef {
    const type = decl.type;
    const extra = { ...(decl.asmName !== undefined ? { asmName: decl.asmName } : {}), ...(decl.attrs ? { attrs: decl.attrs } : {}) };
    if (type.kind !== "function") {
      this.diags.push(error(`expected '=', ',', ';', 'asm' or '__attribute__' before '{' token`, body.loc));
      return { kind: "func", name: decl.name, type: functionSuffix(undefined).apply(type) as FunctionType, params: [], storage: specs.storage, body, loc: decl.loc };
    }
    const params = d.params ?? [];
    for (const p of params) if (!p.name) this.diags.push(error("parameter name omitted", p.loc));
    return { kind: "func", name: decl.name, type, params, storage: specs.storage, body, loc: decl.loc, ...extra };
  }
}
