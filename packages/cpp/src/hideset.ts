// Hide sets (C11 6.10.3.4p2, Prosser's algorithm; see macro.ts): the names of the macros
// whose expansion produced a token, which must not expand it again.
//
// Every token of an expansion gets one, so they are interned: a hide set is an immutable
// node, and `with`, `union` and `intersect` return the one shared node for each distinct
// result (memoized on the operands). Building a set is then a map lookup, most tokens share
// their expansion's set, and two sets are equal exactly when they are the same object.

export class HideSet {
  /** Canonical nodes: this set plus a name that sorts after all of its names. */
  private readonly children = new Map<string, HideSet>();
  /** Shortcuts: this set plus any name, and this set united with another. */
  private readonly withCache = new Map<string, HideSet>();
  private readonly unionCache = new Map<HideSet, HideSet>();

  private constructor(private readonly names: ReadonlySet<string>) {}

  /** The empty set, root of every other. */
  static readonly EMPTY = new HideSet(new Set());

  /** The one node for a set of names: reached from EMPTY by adding them in sorted order. */
  private static of(names: string[]): HideSet {
    let s = HideSet.EMPTY;
    for (const n of names.sort()) {
      let c = s.children.get(n);
      if (!c) {
        c = new HideSet(new Set([...s.names, n]));
        s.children.set(n, c);
      }
      s = c;
    }
    return s;
  }

  has(name: string): boolean {
    return this.names.has(name);
  }

  /** This set plus `name`. */
  with(name: string): HideSet {
    if (this.names.has(name)) return this;
    let s = this.withCache.get(name);
    if (!s) {
      s = HideSet.of([...this.names, name]);
      this.withCache.set(name, s);
    }
    return s;
  }

  union(other: HideSet): HideSet {
    if (other === this || other === HideSet.EMPTY) return this;
    if (this === HideSet.EMPTY) return other;
    let s = this.unionCache.get(other);
    if (!s) {
      s = HideSet.of([...new Set([...this.names, ...other.names])]);
      this.unionCache.set(other, s);
    }
    return s;
  }

  intersect(other: HideSet): HideSet {
    if (other === this) return this;
    if (this === HideSet.EMPTY || other === HideSet.EMPTY) return HideSet.EMPTY;
    return HideSet.of([...this.names].filter((n) => other.names.has(n)));
  }
}
