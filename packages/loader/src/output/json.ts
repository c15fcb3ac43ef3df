// --json: the whole process image as JSON; addresses are "0x…" strings (64-bit values do
// not fit in JSON numbers).

import type { Process } from "../process.js";

export function processJson(p: Process): unknown {
  const h = (x: bigint | undefined): string | null => (x === undefined ? null : "0x" + x.toString(16));
  return {
    arch: p.arch.name,
    entry: h(p.entry),
    registers: Object.fromEntries(Object.entries(p.registers).map(([k, v]) => [k, h(v)])),
    brk: h(p.brk),
    maps: p.memory.mappings.map((m) => ({ start: h(m.start), end: h(m.end), perms: m.perms + "p", offset: h(m.offset), path: m.path })),
    auxv: p.auxv.map((a) => ({ type: a.name, value: h(a.value) })),
    objects: p.objects.map((o) => ({ name: o.name, path: o.path, kind: o.kind, base: h(o.base), needed: o.needed })),
    bindings: p.bindings.map((b) => ({ from: b.from, to: b.to, symbol: b.symbol, version: b.version ?? null, when: b.when })),
    relocations: p.relocations.map((r) => ({ object: r.object, type: r.type, offset: h(r.offset), symbol: r.symbol, value: h(r.value), note: r.note ?? null })),
    initializers: p.initializers.map((i) => ({ object: i.object, kind: i.kind, address: h(i.address), symbol: i.symbol ?? null })),
    tls: {
      block: p.tlsBlock ? { start: h(p.tlsBlock.start), end: h(p.tlsBlock.end) } : null,
      modules: p.tls.map((t) => ({ object: t.object, modid: t.modid, image: h(t.image), filesz: h(t.filesz), memsz: h(t.memsz), align: h(t.align), tpOffset: (t.tpOffset < 0n ? "-0x" : "0x") + (t.tpOffset < 0n ? -t.tpOffset : t.tpOffset).toString(16) })),
    },
    stack: p.stack.map((s) => ({ address: h(s.address), size: s.size, what: s.label, value: s.value })),
    warnings: p.warnings,
  };
}
