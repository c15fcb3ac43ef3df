// --layout: the address space from high to low addresses, each region named for what it
// holds (text, rodata, data, bss, heap, mmap area, stack), with the gaps between them; then
// the thread-local storage blocks, placed relative to the thread pointer.

import type { Process } from "../process.js";

function role(perms: string, path: string, offset: bigint, isObject: boolean): string {
  if (path.startsWith("[")) return path.slice(1, -1);
  if (!path) return isObject ? "bss" : "anonymous (mmap)";
  if (perms === "---") return "gap (PROT_NONE)";
  if (perms.includes("x")) return "text";
  if (perms.includes("w")) return "data";
  return offset === 0n ? "headers, rodata" : "rodata / relro";
}

export function formatLayout(p: Process): string {
  const hex = (x: bigint): string => "0x" + x.toString(16).padStart(12, "0");
  const size = (n: bigint): string => (n >= 1n << 20n ? `${n >> 20n} MiB` : n >= 1024n ? `${n >> 10n} KiB` : `${n} B`);
  const lines: string[] = [];
  const maps = [...p.memory.mappings].reverse();
  let prev: bigint | undefined;
  maps.forEach((m, i) => {
    if (prev !== undefined && prev > m.end) lines.push(`${"".padEnd(33)}  … ${size(prev - m.end)} unmapped`);
    if (prev !== undefined && p.brk <= prev && p.brk >= m.end) lines.push(`${hex(p.brk)}${"".padEnd(19)}  heap (brk starts here, empty at exec)`);
    const below = maps[i + 1];
    const isObject = !m.path && !!below && below.end === m.start && below.path !== "" && !below.path.startsWith("[");
    const what = m.start === p.tlsBlock?.start ? "static TLS + TCB" : role(m.perms, m.path, m.offset, isObject);
    lines.push(`${hex(m.start)}-${hex(m.end)}  ${m.perms}  ${what.padEnd(18)} ${size(m.end - m.start).padStart(8)}  ${m.path}`);
    prev = m.start;
  });
  for (const t of p.tls) {
    const at = t.tpOffset < 0n ? `tp-0x${(-t.tpOffset).toString(16)}` : `tp+0x${t.tpOffset.toString(16)}`;
    lines.push(`TLS module ${t.modid} at ${at}: ${size(t.memsz)} (${size(t.filesz)} from the image at 0x${t.image.toString(16)}, rest zero), align ${t.align}  ${t.object}`);
  }
  return lines.join("\n") + "\n";
}
