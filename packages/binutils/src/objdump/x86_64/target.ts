// objdump -d for x86-64: instructions from @glass/isa's decodeX86, seven raw bytes a line
// (binutils i386-dis.c sets bytes_per_line = 7), `(bad)` for bytes that are no instruction.

import { decodeX86 } from "@glass/isa";
import { x86PltSymbols } from "../synthetic.js";
import type { DisasmTarget } from "../target.js";

export const x86Target: DisasmTarget = {
  bytesPerLine: 7,
  needsRelocs: false,
  symbolIsValid: () => true,
  pltSymbols: x86PltSymbols,
  decoder: () => (req) => {
    const d = decodeX86(req.data.subarray(0, req.stop), req.offset, req.address, req.printAddress);
    return d ? { length: d.length, text: d.text, chunk: 1 } : { length: 1, text: "(bad)", chunk: 1 };
  },
};
