// The state semantic analysis carries through a translation unit: the target ABI, the
// diagnostics gathered so far, the stack of block scopes (C11 6.2.1) and what the
// enclosing function and loops allow (`return` types, `break`/`continue`).

import { error, warning, type Diagnostic } from "@glass/diagnostics";
import type { Initializer, InitLeaf, Loc, Stmt, SwitchStmt, Sym } from "../ast/ast.js";
import type { FunctionType } from "../ast/types.js";
import type { Abi } from "../target/abi.js";

/** A variable with static storage that this translation unit defines (emitted as data). */
export interface GlobalVar {
  sym: Sym;
  init?: Initializer;
  /** The initializer resolved into stores (see sema/init.ts). */
  inits?: InitLeaf[];
  /** Requested alignment (`aligned(n)`, `_Alignas`) above the type's own. */
  align?: number;
  /** GNU attributes the assembly must show: `weak`, `section("…")`, `visibility("…")`. */
  weak?: boolean;
  section?: string;
  visibility?: string;
}

export class SemaContext {
  readonly scopes: Map<string, Sym>[] = [new Map()];
  /** Defined variables with static storage, in definition order (file-scope and `static` locals). */
  readonly globals: GlobalVar[] = [];
  /** The function being checked, if any. */
  fn: { name: string; type: FunctionType } | undefined;
  /** Enclosing loops (for `continue`), and loops plus switches (for `break`). */
  loopDepth = 0;
  breakDepth = 0;
  /** Enclosing `switch` statements, innermost last (where `case` and `default` go). */
  switches: SwitchStmt[] = [];
  /** Labels of the current function: defined ones, and `goto`s waiting for theirs. */
  labels = new Map<string, Stmt>();
  gotos: { name: string; loc: Loc }[] = [];
  private staticCounter = 0;
  private literalCounter = 0;

  constructor(
    readonly abi: Abi,
    readonly diags: Diagnostic[],
  ) {}

  /** An error; `notes` point at related places (`note: previous definition of 'f' …`). */
  error(message: string, loc: Loc, notes: { message: string; loc: Loc }[] = []): void {
    const d = error(message, loc);
    if (notes.length) d.notes = notes.map((n) => ({ severity: "note", message: n.message, loc: n.loc }));
    this.diags.push(d);
  }

  /** A warning; `option` names the gcc switch that controls it (`"int-conversion"`), if any. */
  warn(message: string, loc: Loc, option?: string): void {
    this.diags.push(warning(message, loc, option));
  }

  lookup(name: string): Sym | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const s = this.scopes[i]!.get(name);
      if (s) return s;
    }
    return undefined;
  }

  /** The symbol `name` in the innermost scope only (redeclaration checks). */
  lookupHere(name: string): Sym | undefined {
    return this.scopes[this.scopes.length - 1]!.get(name);
  }

  declare(sym: Sym): void {
    this.scopes[this.scopes.length - 1]!.set(sym.name, sym);
  }

  /** Declares in file scope (implicit function declarations). */
  declareGlobal(sym: Sym): void {
    this.scopes[0]!.set(sym.name, sym);
  }

  get atFileScope(): boolean {
    return this.scopes.length === 1;
  }

  push(): void {
    this.scopes.push(new Map());
  }

  pop(): void {
    this.scopes.pop();
  }

  /** An assembler name for a file-scope compound literal: `__compound_literal.0`, as gcc spells them. */
  compoundLiteralName(): string {
    return `__compound_literal.${this.literalCounter++}`;
  }

  /** An assembler name for a `static` local: `count.1`, as gcc spells them. */
  staticLocalName(name: string): string {
    return `${name}.${++this.staticCounter}`;
  }
}
