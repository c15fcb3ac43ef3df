// /proc/PID/maps, one line per mapping, in the kernel's format (fs/proc/task_mmu.c
// show_map_vma): "start-end perms offset dev inode  path", the path column at 73 characters.
// Simulated files get device 00:00 and inode 0, since there is no real file system.

import type { Mapping } from "../memory.js";
import type { Process } from "../process.js";

export function formatMaps(p: Process): string {
  return p.memory.mappings.map(mapsLine).join("");
}

export function mapsLine(m: Mapping): string {
  const hex = (x: bigint, w: number): string => x.toString(16).padStart(w, "0");
  const head = `${hex(m.start, 8)}-${hex(m.end, 8)} ${m.perms}p ${hex(m.offset, 8)} 00:00 0`;
  return (m.path ? head.padEnd(73) + m.path : head + " ") + "\n";
}
