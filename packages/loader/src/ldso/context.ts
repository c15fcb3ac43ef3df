// The state ld.so's passes share (glibc keeps it in _rtld_global): the global scope, what
// has been bound and relocated, counters for LD_DEBUG=statistics, and the error exit.

import { GlassError } from "@glass/diagnostics";
import type { Arch } from "../arch/index.js";
import type { AddressSpace } from "../memory.js";
import type { Binding, RelocationRecord } from "../process.js";
import type { DebugLog } from "./debug-log.js";
import type { LinkMap } from "./link-map.js";
import type { Found } from "./lookup.js";

export class LdsoContext {
  scope: LinkMap[] = [];
  bindings: Binding[] = [];
  relocations: RelocationRecord[] = [];
  lazyFailures: string[] = [];
  warnings: string[] = [];
  /** LD_DEBUG=statistics: symbol lookups made (GL(dl_num_relocations)) and lookup-cache hits. */
  stats = { lookups: 0, fromCache: 0 };

  constructor(
    readonly arch: Arch,
    readonly space: AddressSpace,
    readonly log: DebugLog,
    /** argv[0]: ld.so's messages start with it. */
    readonly programName: string,
    readonly main: LinkMap,
  ) {}

  /** _dl_debug_bindings: records and logs "binding file A [0] to B [0]: normal symbol `x' [V]". */
  bind(from: LinkMap, found: Found, symbol: string, version: string | undefined): void {
    this.bindings.push({ from: from.name, to: found.map.name, symbol, ...(version ? { version } : {}), when: "startup" });
    const kind = found.sym.visibility === 3 ? "protected" : "normal";
    this.log.add("bindings", `binding file ${from.name} [0] to ${found.map.name} [0]: ${kind} symbol \`${symbol}'${version ? ` [${version}]` : ""}`);
  }

  /** _dl_signal_error with no catcher: "PROG: OCCASION: OBJECT: MESSAGE", exit 127. */
  fatal(message: string, object: string, occasion = "error while loading shared libraries"): never {
    const text = object ? `${this.programName}: ${occasion}: ${object}: ${message}` : `${this.programName}: ${occasion}: ${message}`;
    throw new GlassError([{ severity: "error", message: text }]);
  }
}
