// Declaration specifiers (C11 6.7.1–6.7.5): storage classes, qualifiers, type-specifier
// keywords, typedef names, struct/union/enum specifiers (6.7.2.1–6.7.2.3), `_Alignas`, and
// the GNU `__attribute__((...))` lists that glibc headers use (`__extension__` is dropped when
// tokens are converted: it only silences gcc's -pedantic warnings).
//
// Tags: `struct S { ... }` defines S in the current scope (completing an incomplete S declared
// there); a bare `struct S` refers to the visible S or declares a new incomplete one. The
// TagDef is entered before the member list is parsed, so `struct node { struct node *next; }`
// refers to itself. Enumerators enter the ordinary name space as they are parsed.

import { error } from "@glass/diagnostics";
import type { IToken, ParserMethod } from "chevrotain";
import type { Attribute, Expr, Loc, StaticAssert } from "../ast/ast.js";
import type { EnumDef, Enumerator, Member, TagDef, Type } from "../ast/types.js";
import * as T from "../lex/tokens.js";
import { ParserBase } from "./base.js";
import type { Declarator } from "./declarator.js";
import type { Specifiers } from "./specifiers.js";

const storageWords = ["typedef", "extern", "static", "auto", "register", "_Thread_local"];
const qualifierWords = ["const", "volatile", "restrict", "inline", "_Noreturn", "_Atomic"];
const typeWords = [
  "void", "char", "short", "int", "long", "signed", "unsigned", "_Bool", "float", "double", "_Complex", "__int128", "__auto_type",
];

/** `__aligned__` → `aligned`: attribute names are compared without the reserved underscores. */
const attrName = (s: string) => s.replace(/^__(.*)__$/, "$1");

export abstract class SpecifierParser extends ParserBase {
  protected abstract declarator: ParserMethod<[], Declarator>;
  protected abstract typeName: ParserMethod<[], Type>;
  protected abstract assignmentExpr: ParserMethod<[], Expr>;
  protected abstract conditionalExpr: ParserMethod<[], Expr>;
  protected abstract expression: ParserMethod<[], Expr>;
  protected abstract staticAssert: ParserMethod<[], StaticAssert>;

  // declSpecifiers = (storageClass | typeQualifier | typeSpecifier | TypedefName
  //                   | structOrUnionSpecifier | enumSpecifier | alignas | attributes)+
  //   A TypedefName counts only while no type specifier has been seen (`unsigned T;` declares T).
  protected declSpecifiers = this.RULE("declSpecifiers", (): Specifiers => {
    const specs: Specifiers = { storage: undefined, words: [], isConst: false, attrs: [], loc: undefined! };
    let sawType = false;
    const note = (tok: IToken) =>
      this.ACTION(() => {
        specs.loc ??= this.loc(tok);
        const w = tok.tokenType.name.slice(3); // Kw_static → static
        if (storageWords.includes(w)) {
          if (w === "_Thread_local") this.diags.push(error("thread-local storage is not supported", this.loc(tok)));
          else if (specs.storage) this.diags.push(error("multiple storage classes in declaration specifiers", this.loc(tok)));
          else specs.storage = w as Specifiers["storage"];
        } else if (w === "const") specs.isConst = true;
        else if (w === "_Atomic") this.diags.push(error("'_Atomic' is not supported", this.loc(tok)));
        else if (!qualifierWords.includes(w)) {
          sawType = true;
          specs.words.push(w);
        }
      });
    const typed = (tok: IToken | undefined, t: Type) =>
      this.ACTION(() => {
        if (tok) specs.loc ??= this.loc(tok);
        if (specs.typedefType || sawType) this.diags.push(error("two or more data types in declaration specifiers", specs.loc));
        specs.typedefType = t;
        sawType = true;
      });
    this.AT_LEAST_ONE({
      GATE: () => !(sawType && this.LA(1).tokenType === T.TypedefName),
      DEF: () =>
        this.OR([
          ...[...storageWords, ...qualifierWords, ...typeWords].map((w) => ({ ALT: () => note(this.CONSUME(T.kw(w))) })),
          {
            ALT: () => {
              const tok = this.CONSUME(T.TypedefName);
              typed(tok, this.ACTION(() => this.scopes.typedef(tok.image)!));
            },
          },
          {
            ALT: () => {
              const tok = this.CONSUME(T.kw("__builtin_va_list"));
              typed(tok, this.vaListType);
            },
          },
          {
            ALT: () => {
              const s = this.SUBRULE(this.structOrUnionSpecifier);
              this.ACTION(() => (specs.loc ??= s.loc, (specs.declaresTag = true)));
              typed(undefined, s.type);
            },
          },
          {
            ALT: () => {
              const s = this.SUBRULE(this.enumSpecifier);
              this.ACTION(() => (specs.loc ??= s.loc, (specs.declaresTag = true)));
              typed(undefined, s.type);
            },
          },
          {
            ALT: () => {
              const a = this.SUBRULE(this.alignas);
              this.ACTION(() => (specs.loc ??= a.loc, specs.attrs.push(a)));
            },
          },
          {
            ALT: () => {
              const a = this.SUBRULE(this.attributes);
              this.ACTION(() => (specs.loc ??= a[0]?.loc, specs.attrs.push(...a)));
            },
          },
          {
            ALT: () => {
              const tok = this.CONSUME(T.kw("typeof"));
              this.CONSUME(T.LParen);
              const t = this.OR2([
                { ALT: () => this.SUBRULE(this.typeName) },
                { ALT: (): Type => ({ kind: "typeof", expr: this.SUBRULE(this.expression) }) },
              ]);
              this.CONSUME(T.RParen);
              typed(tok, t);
            },
          },
        ]),
    });
    return specs;
  });

  // alignas = "_Alignas" "(" (typeName | conditionalExpr) ")"     -- kept as an `aligned` attribute
  private alignas = this.RULE("alignas", (): Attribute => {
    const kw = this.CONSUME(T.kw("_Alignas"));
    this.CONSUME(T.LParen);
    const arg = this.OR([
      { ALT: () => this.SUBRULE(this.typeName) as Expr | Type },
      { ALT: () => this.SUBRULE(this.conditionalExpr) },
    ]);
    this.CONSUME(T.RParen);
    return this.ACTION(() => {
      const loc = this.loc(kw);
      const e: Expr = "loc" in arg ? arg : { kind: "sizeof", arg, alignof: true, loc };
      return { name: "aligned", args: [e], loc };
    });
  });

  // attributes = ("__attribute__" "(" "(" (attribute ("," attribute)*)? ")" ")")+
  // attribute  = name ("(" (assignmentExpr ("," assignmentExpr)*)? ")")?
  protected attributes = this.RULE("attributes", (): Attribute[] => {
    const out: Attribute[] = [];
    this.AT_LEAST_ONE(() => {
      this.CONSUME(T.kw("__attribute__"));
      this.CONSUME(T.LParen);
      this.CONSUME2(T.LParen);
      this.MANY_SEP({
        SEP: T.Comma,
        DEF: () => {
          const name = this.OR([
            { ALT: () => this.CONSUME(T.Identifier) },
            { ALT: () => this.CONSUME(T.TypedefName) },
            { ALT: () => this.CONSUME(T.kw("const")) },
          ]);
          const args: Expr[] = [];
          this.OPTION(() => {
            this.CONSUME3(T.LParen);
            this.MANY_SEP2({
              SEP: T.Comma,
              DEF: () => {
                const a = this.SUBRULE(this.assignmentExpr);
                this.ACTION(() => args.push(a));
              },
            });
            this.CONSUME3(T.RParen);
          });
          this.ACTION(() => out.push({ name: attrName(name.image), args, loc: this.loc(name) }));
        },
      });
      this.CONSUME(T.RParen);
      this.CONSUME2(T.RParen);
    });
    return out;
  });

  // structOrUnionSpecifier = ("struct" | "union") attributes? (Identifier | TypedefName)?
  //                          ("{" structDeclaration* "}" attributes?)?
  private structOrUnionSpecifier = this.RULE("structOrUnionSpecifier", (): { type: Type; loc: Loc } => {
    const kw = this.OR([{ ALT: () => this.CONSUME(T.kw("struct")) }, { ALT: () => this.CONSUME(T.kw("union")) }]);
    const attrs: Attribute[] = [];
    this.OPTION(() => {
      const a = this.SUBRULE(this.attributes);
      this.ACTION(() => attrs.push(...a));
    });
    let tag: IToken | undefined;
    this.OPTION2(() => {
      tag = this.OR2([{ ALT: () => this.CONSUME(T.Identifier) }, { ALT: () => this.CONSUME(T.TypedefName) }]);
    });
    const kind = this.ACTION(() => kw.image as "struct" | "union");
    let def: TagDef | undefined;
    this.OPTION3(() => {
      this.CONSUME(T.LBrace);
      def = this.ACTION(() => this.defineTag(kind, tag, this.loc(kw)));
      const members: Member[] = [];
      const asserts: StaticAssert[] = [];
      this.MANY(() =>
        this.OR3([
          {
            ALT: () => {
              const a = this.SUBRULE(this.staticAssert);
              this.ACTION(() => asserts.push(a));
            },
          },
          {
            ALT: () => {
              const m = this.SUBRULE(this.structDeclaration);
              this.ACTION(() => members.push(...m));
            },
          },
        ]),
      );
      this.CONSUME(T.RBrace);
      this.OPTION4(() => {
        const a = this.SUBRULE2(this.attributes);
        this.ACTION(() => attrs.push(...a));
      });
      this.ACTION(() => {
        def!.members = members;
        if (asserts.length) def!.asserts = asserts;
      });
    });
    return this.ACTION(() => {
      const loc = this.loc(kw);
      if (!def) def = this.referTag(kind, tag, loc);
      if (attrs.length) def.attrs = [...(def.attrs ?? []), ...attrs];
      return { type: { kind: "struct", def }, loc };
    });
  });

  /** The TagDef a `struct S {` defines: a new one, or the incomplete S of this scope. */
  private defineTag(kind: "struct" | "union", tag: IToken | undefined, loc: Loc): TagDef {
    if (!tag) return { kind, loc };
    const prev = this.scopes.tag(tag.image, true);
    if (prev && prev.kind === kind && prev.def.members === undefined) return prev.def;
    if (prev) this.diags.push(error(prev.kind === kind ? `redefinition of '${kind} ${tag.image}'` : `'${tag.image}' defined as wrong kind of tag`, this.loc(tag)));
    const def: TagDef = { kind, tag: tag.image, loc };
    this.scopes.declareTag(tag.image, { kind, def });
    return def;
  }

  /** `struct S` without a body: the visible S, or a new incomplete one. */
  private referTag(kind: "struct" | "union", tag: IToken | undefined, loc: Loc): TagDef {
    if (!tag) {
      this.diags.push(error(`expected '{' before ';' token`, loc));
      return { kind, loc, members: [] };
    }
    const prev = this.scopes.tag(tag.image);
    if (prev && prev.kind === kind) return prev.def;
    if (prev) this.diags.push(error(`'${tag.image}' defined as wrong kind of tag`, this.loc(tag)));
    const def: TagDef = { kind, tag: tag.image, loc };
    this.scopes.declareTag(tag.image, { kind, def });
    return def;
  }

  // structDeclaration = declSpecifiers structDeclarator ("," structDeclarator)* ";"
  // structDeclarator  = declarator (":" conditionalExpr)? attributes?
  //   (an empty declarator with a struct/union type is an anonymous member, C11 6.7.2.1p13)
  private structDeclaration = this.RULE("structDeclaration", (): Member[] => {
    const specs = this.SUBRULE(this.declSpecifiers);
    const members: Member[] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => {
        const d = this.SUBRULE(this.declarator);
        const width = this.OPTION(() => (this.CONSUME(T.Colon), this.SUBRULE(this.conditionalExpr)));
        const attrs: Attribute[] = [];
        this.OPTION2(() => {
          const a = this.SUBRULE(this.attributes);
          this.ACTION(() => attrs.push(...a));
        });
        this.ACTION(() => members.push(this.member(specs, d, width, attrs)));
      },
    });
    this.CONSUME(T.Semicolon);
    return members;
  });

  /** Builds one member; reports what may not be a member (functions, storage classes). */
  private member(specs: Specifiers, d: Declarator, width: Expr | undefined, attrs: Attribute[]): Member {
    const type = d.apply(this.baseTypeOf(specs));
    const loc = d.name ? d.loc : specs.loc;
    if (specs.storage) this.diags.push(error("expected specifier-qualifier-list before '" + specs.storage + "'", specs.loc));
    if (type.kind === "function") this.diags.push(error(`field '${d.name}' declared as a function`, loc));
    if (!d.name && width === undefined && type.kind !== "struct") this.diags.push(error("declaration does not declare anything", loc));
    const all = [...specs.attrs, ...attrs];
    return {
      ...(d.name ? { name: d.name } : {}), type, loc,
      ...(width ? { bitWidthExpr: width } : {}), ...(all.length ? { attrs: all } : {}),
    };
  }

  // enumSpecifier = "enum" attributes? (Identifier | TypedefName)?
  //                 ("{" enumerator ("," enumerator)* ","? "}" attributes?)?
  // enumerator    = (Identifier | TypedefName) attributes? ("=" conditionalExpr)?
  private enumSpecifier = this.RULE("enumSpecifier", (): { type: Type; loc: Loc } => {
    const kw = this.CONSUME(T.kw("enum"));
    const attrs: Attribute[] = [];
    this.OPTION(() => {
      const a = this.SUBRULE(this.attributes);
      this.ACTION(() => attrs.push(...a));
    });
    let tag: IToken | undefined;
    this.OPTION2(() => {
      tag = this.OR([{ ALT: () => this.CONSUME(T.Identifier) }, { ALT: () => this.CONSUME(T.TypedefName) }]);
    });
    let def: EnumDef | undefined;
    this.OPTION3(() => {
      this.CONSUME(T.LBrace);
      const list: Enumerator[] = [];
      def = this.ACTION(() => this.defineEnum(tag, list));
      const first = this.SUBRULE(this.enumerator);
      this.ACTION(() => list.push(first));
      this.MANY(() => {
        this.CONSUME(T.Comma);
        const next = this.SUBRULE2(this.enumerator);
        this.ACTION(() => list.push(next));
      });
      this.OPTION6(() => this.CONSUME2(T.Comma));
      this.CONSUME(T.RBrace);
      this.OPTION7(() => {
        const a = this.SUBRULE2(this.attributes);
        this.ACTION(() => attrs.push(...a));
      });
    });
    return this.ACTION(() => {
      const loc = this.loc(kw);
      if (!def) def = this.referEnum(tag, loc);
      if (attrs.some((a) => a.name === "packed")) def.packed = true;
      return { type: { kind: "int", rank: "int", unsigned: false, enumDef: def }, loc };
    });
  });

  private enumerator = this.RULE("enumerator", (): Enumerator => {
    const name = this.OR([{ ALT: () => this.CONSUME(T.Identifier) }, { ALT: () => this.CONSUME(T.TypedefName) }]);
    this.OPTION(() => this.SUBRULE(this.attributes));
    const value = this.OPTION2(() => (this.CONSUME(T.Assign), this.SUBRULE(this.conditionalExpr)));
    return this.ACTION(() => {
      this.scopes.declareOrdinary(name.image);
      return { name: name.image, loc: this.loc(name), ...(value ? { valueExpr: value } : {}) };
    });
  });

  private defineEnum(tag: IToken | undefined, enumerators: Enumerator[]): EnumDef {
    const prev = tag ? this.scopes.tag(tag.image, true) : undefined;
    if (prev?.kind === "enum" && prev.def.enumerators === undefined) return Object.assign(prev.def, { enumerators });
    if (prev && tag) this.diags.push(error(prev.kind === "enum" ? `redeclaration of 'enum ${tag.image}'` : `'${tag.image}' defined as wrong kind of tag`, this.loc(tag)));
    const def: EnumDef = { enumerators, ...(tag ? { tag: tag.image } : {}) };
    if (tag) this.scopes.declareTag(tag.image, { kind: "enum", def });
    return def;
  }

  private referEnum(tag: IToken | undefined, loc: Loc): EnumDef {
    if (!tag) {
      this.diags.push(error("expected '{' before ';' token", loc));
      return { enumerators: [] };
    }
    const prev = this.scopes.tag(tag.image);
    if (prev?.kind === "enum") return prev.def;
    if (prev) this.diags.push(error(`'${tag.image}' defined as wrong kind of tag`, this.loc(tag)));
    const def: EnumDef = { tag: tag.image };
    this.scopes.declareTag(tag.image, { kind: "enum", def });
    return def;
  }

  /** The base type of specifiers (declarations.ts supplies the checks of 6.7.2p2). */
  protected abstract baseTypeOf(specs: Specifiers): Type;
}
