// --stack: the initial stack from the top of memory down to the stack pointer, one row per
// slot or string, with its address — the picture in kernel/stack.ts, filled in.

import type { Process } from "../process.js";

export function formatStack(p: Process): string {
  const rows = p.stack.map((s) => {
    const addr = "0x" + s.address.toString(16).padStart(12, "0");
    const mark = s.address === p.stackPointer ? `  <- ${p.arch.spName}` : "";
    return `${addr}  ${String(s.size).padStart(4)}  ${s.label.padEnd(24)} ${s.value}${mark}`;
  });
  return [`address         size  what                     value`, ...rows].join("\n") + "\n";
}
