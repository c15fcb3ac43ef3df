// What the parser must know about names while it parses: which identifiers are typedef
// names in the current scope (C11 6.7.8; the grammar needs it to tell `T * x;`, a
// declaration, from `a * b;`, an expression). Block scopes nest; an ordinary declaration
// of the same name in an inner scope hides the typedef.
//
// `generation` changes whenever a name is declared or a scope closes, so the parser can
// cache an identifier token's classification until the answer could have changed.

import type { Type } from "../ast/types.js";

type Entry = { typedef: Type } | { typedef?: undefined };

export class TypedefScopes {
  private scopes: Map<string, Entry>[] = [new Map()];
  generation = 0;

  get depth(): number {
    return this.scopes.length;
  }

  push(): void {
    this.scopes.push(new Map());
  }

  /** Closes scopes down to `depth` (also used to recover after an abandoned rule). */
  popTo(depth: number): void {
    if (this.scopes.length > depth) {
      this.scopes.length = Math.max(1, depth);
      this.generation++;
    }
  }

  declareTypedef(name: string, type: Type): void {
    this.scopes[this.scopes.length - 1]!.set(name, { typedef: type });
    this.generation++;
  }

  declareOrdinary(name: string): void {
    this.scopes[this.scopes.length - 1]!.set(name, {});
    this.generation++;
  }

  /** The type a typedef name stands for, or undefined if `name` is not a typedef here. */
  typedef(name: string): Type | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const e = this.scopes[i]!.get(name);
      if (e) return e.typedef;
    }
    return undefined;
  }

  reset(): void {
    this.scopes = [new Map()];
    this.generation++;
  }
}
