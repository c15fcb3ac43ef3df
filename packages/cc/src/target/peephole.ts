// The peephole both back ends run over a function's lines (after placement.ts has chosen
// where temps live). Each ISA only says how its lines are spelled (`PeepholeSpelling`):
//   - a result carried in the carry register (x14, %r10) and taken from it by the very next
//     instruction becomes one register move, or none;
//   - when that next instruction only addresses memory through the carry register, it uses
//     the register the value was computed in;
//   - a frame cell read right after it was written is not read: the value is still in the
//     register that wrote it;
//   - a temp's cell that, after that, nothing reads any more is not written either (only
//     temps' cells: a variable's bytes may be read through a pointer).
// Comment lines (the C source line before each block) are skipped when looking back.

export interface PeepholeSpelling {
  /** A comment line starts with this (`\t// `, `\t# `). */
  comment: string;
  /** Any mention of the carry register. */
  carry: RegExp;
  /** A move into the carry register: group `reg` is the source. */
  carryIn: RegExp;
  /** A move out of the carry register: group `reg` is the destination. */
  carryOut: RegExp;
  /** The carry register as a memory address (`[x14]`, `(%r10)`), and another register so. */
  carryAddress: string;
  address(reg: string): string;
  /** A store of a register to a frame cell, and a load of one: groups `reg` and `cell`. */
  store: RegExp;
  reload: RegExp;
  /** Every frame cell a line mentions (reads, writes or takes the address of), spelled as `store` spells it. */
  cellsIn(line: string): string[];
  /** The register move `to = from`. */
  move(to: string, from: string): string;
  /** Whether a carried value may go straight from `from` to `to` (x86: not xmm to another xmm). */
  canCarry(from: string, to: string): boolean;
  /** Whether a stored register may stand in for a reload into `to` (x86: no xmm registers). */
  canForward(from: string, to: string): boolean;
}

export function peephole(lines: string[], s: PeepholeSpelling, tempCells: ReadonlySet<string>): string[] {
  return dropDeadStores(forward(lines, s), s, tempCells);
}

function forward(lines: string[], s: PeepholeSpelling): string[] {
  const out: string[] = [];
  for (const line of lines) {
    let k = out.length - 1;
    while (k >= 0 && out[k]!.startsWith(s.comment)) k--;
    const from = s.carry.test(line) && k >= 0 ? s.carryIn.exec(out[k]!)?.groups?.reg : undefined;
    const to = s.carryOut.exec(line)?.groups?.reg;
    if (from !== undefined && to !== undefined && s.canCarry(from, to)) {
      out.splice(k, 1);
      if (from !== to) out.push(s.move(to, from));
    } else if (from !== undefined && line.split(s.carry).length === 2 && line.includes(s.carryAddress)) {
      out.splice(k, 1);
      out.push(line.replace(s.carryAddress, s.address(from)));
    } else {
      const stored = k >= 0 ? s.store.exec(out[k]!)?.groups : undefined;
      const reload = s.reload.exec(line)?.groups;
      if (stored && reload && stored.cell === reload.cell && s.canForward(stored.reg!, reload.reg!)) {
        if (stored.reg !== reload.reg) out.push(s.move(reload.reg!, stored.reg!));
      } else out.push(line);
    }
  }
  return out;
}

/** Drops the stores to temps' cells that no line reads (every mention of the cell is such a store). */
function dropDeadStores(lines: string[], s: PeepholeSpelling, tempCells: ReadonlySet<string>): string[] {
  const stored = lines.map((line) => s.store.exec(line)?.groups?.cell);
  const read = new Set<string>();
  lines.forEach((line, n) => {
    for (const cell of s.cellsIn(line)) if (cell !== stored[n]) read.add(cell);
  });
  return lines.filter((_, n) => {
    const cell = stored[n];
    return cell === undefined || !tempCells.has(cell) || read.has(cell);
  });
}
