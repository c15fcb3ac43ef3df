// Symbol aliases that only show in the symbol table (GNU as manual: ".symver", ".weakref").
//
//   .symver name, name2@nodename    a versioned name for `name` (ELF symbol versioning,
//                                   as glibc's libc.a uses it). When `name` is defined, the
//                                   versioned name is a second symbol with the same value,
//                                   type, size and binding, listed after all others; when it is
//                                   undefined, `name` itself is written under the versioned
//                                   name. `name@@@node` renames in place: `name@@node` if
//                                   defined, `name@node` if not.
//   .weakref alias, target          `alias` stands for `target` in expressions and is never
//                                   written; `target` becomes a weak undefined symbol unless
//                                   it is defined or named directly somewhere.

import type { Handler } from "./directives.js";
import { asmError } from "./errors.js";

const symver: Handler = (a, args) => {
  const t = args.expectName("a symbol name");
  args.expectPunct(",");
  const first = args.peek() ?? args.fail("expected a versioned name such as 'name@VERS_1'");
  // The versioned name runs to the end of the line or to `, local|hidden|remove`.
  let last = first;
  while (!args.atEnd() && !args.isPunct(",")) last = args.next();
  const version = a.file.text.slice(first.offset, last.end).replace(/\s+/g, "");
  if (!/^[^@]+@{1,3}[^@]+$/.test(version)) asmError(a.file, first.offset, `missing version name in '${version}'`, last.end - first.offset);
  if (args.eatPunct(",")) args.expectName("'local', 'hidden' or 'remove'");
  args.expectEnd();
  a.symbol(t.text, t.offset).versions ??= [];
  a.symbol(t.text, t.offset).versions!.push(version);
};

const weakref: Handler = (a, args) => {
  const alias = args.expectName("an alias name");
  args.expectPunct(",");
  const target = args.expectName("a target symbol name");
  args.expectEnd();
  const s = a.symbol(alias.text, alias.offset);
  if (s.label || s.common) asmError(a.file, alias.offset, `symbol '${alias.text}' is already defined`, alias.end - alias.offset);
  s.equ = { kind: "symbol", name: target.text, offset: target.offset, length: target.end - target.offset };
  s.internal = true;
  a.symbol(target.text, target.offset).weakrefTarget = true;
};

export const ALIAS_DIRECTIVES: Record<string, Handler> = {
  ".symver": symver,
  ".weakref": weakref,
};
