// What the parser must know about names while it parses: which identifiers are typedef
// names in the current scope (C11 6.7.8; the grammar needs it to tell `T * x;`, a
// declaration, from `a * b;`, an expression). Block scopes nest; an ordinary declaration
// of the same name in an inner scope hides the typedef.
//
// Struct, union and enum tags live in their own name space (C11 6.2.3) but follow the same
// block scopes: `struct S` refers to the innermost visible tag S.
//
// `generation` changes whenever a name is declared or a scope closes, so the parser can
// cache an identifier token's classification until the answer could have changed.

import type { EnumDef, TagDef, Type } from "../ast/types.js";

type Entry = { typedef: Type } | { typedef?: undefined };

/** A tag as declared: a struct/union definition or an enum. */
export type Tag = { kind: "struct" | "union"; def: TagDef } | { kind: "enum"; def: EnumDef };

export class TypedefScopes {
  private scopes: Map<string, Entry>[] = [new Map()];
  private tags: Map<string, Tag>[] = [new Map()];
  generation = 0;

  get depth(): number {
    return this.scopes.length;
  }

  push(): void {
    this.scopes.push(new Map());
    this.tags.push(new Map());
  }

  /** Closes scopes down to `depth` (also used to recover after an abandoned rule). */
  popTo(depth: number): void {
    if (this.scopes.length > depth) {
      this.scopes.length = Math.max(1, depth);
      this.tags.length = this.scopes.length;
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

  /** The innermost visible tag `name` (`here`: in the current scope only). */
  tag(name: string, here = false): Tag | undefined {
    for (let i = this.tags.length - 1; i >= 0; i--) {
      const t = this.tags[i]!.get(name);
      if (t || here) return t;
    }
    return undefined;
  }

  declareTag(name: string, tag: Tag): void {
    this.tags[this.tags.length - 1]!.set(name, tag);
  }

  reset(): void {
    this.scopes = [new Map()];
    this.tags = [new Map()];
    this.generation++;
  }
}
