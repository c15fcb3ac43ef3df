// The state semantic analysis carries through a translation unit: the target ABI, the
// diagnostics gathered so far, the stack of block scopes (C11 6.2.1) and what the
// enclosing function and loops allow (`return` types, `break`/`continue`).

import { error, warning, type Diagnostic } from "@glass/diagnostics";
import type { Initializer, Loc, Sym } from "../ast/ast.js";
import type { FunctionType } from "../ast/types.js";
import type { Abi } from "../target/abi.js";

/** A variable with static storage that this translation unit defines (emitted as data). */
export interface GlobalVar {
  sym: Sym;
  init?: Initializer;
}

export class SemaContext {
  readonly scopes: Map<string, Sym>[] = [new Map()];
  /** Defined variables with static storage, in definition order (file-scope and `static` locals). */
  readonly globals: GlobalVar[] = [];
  /** The function being checked, if any. */
  fn: { name: string; type: FunctionType } | undefined;
  loopDepth = 0;
  private staticCounter = 0;

  constructor(
    readonly abi: Abi,
    readonly diags: Diagnostic[],
  ) {}

  error(message: string, loc: Loc): void {
    this.diags.push(error(message, loc));
  }

  warn(message: string, loc: Loc): void {
    this.diags.push(warning(message, loc));
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

  /** An assembler name for a `static` local: `count.1`, as gcc spells them. */
  staticLocalName(name: string): string {
    return `${name}.${++this.staticCounter}`;
  }
}
