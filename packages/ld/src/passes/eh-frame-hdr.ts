// --eh-frame-hdr: the unwinder's index of .eh_frame (LSB "Exception Frames", .eh_frame_hdr).
// An unwinder (libgcc's, for C++ exceptions, backtrace(), pthread_cancel) finds the FDE
// covering a PC through PT_GNU_EH_FRAME by binary search in a table sorted by initial
// location, as GNU ld writes it:
//
//   u8 version = 1   u8 eh_frame_ptr_enc = pcrel|sdata4   u8 fde_count_enc = udata4
//   u8 table_enc = datarel|sdata4   sdata4 eh_frame_ptr   udata4 fde_count
//   fde_count × { sdata4 initial_location - hdr, sdata4 fde_address - hdr }
//
// FDEs are counted before layout (the table's size), read after relocation (their pc_begin is
// then final). Each FDE's pc_begin encoding comes from its CIE's "zR" augmentation; one the
// table cannot use (not sdata4/udata4/absptr, or indirect) leaves the table out, as GNU ld does.

import { SHF_ALLOC, SHT_PROGBITS } from "@glass/elf";
import type { InputSection, LinkContext, ObjectFile } from "../context.js";
import { parseRecords } from "./eh-frame.js";

const DW_EH_PE_absptr = 0x00;
const DW_EH_PE_udata4 = 0x03;
const DW_EH_PE_sdata4 = 0x0b;
const DW_EH_PE_pcrel = 0x10;
const DW_EH_PE_datarel = 0x30;
const DW_EH_PE_omit = 0xff;

const liveEhFrames = (ctx: LinkContext): InputSection[] =>
  ctx.files.flatMap((f) => f.sections.filter((s): s is InputSection => s?.live === true && s.name === ".eh_frame"));

export function createEhFrameHdr(ctx: LinkContext): void {
  if (!ctx.options.ehFrameHdr) return;
  const frames = liveEhFrames(ctx);
  if (frames.length === 0) return;
  const fdes = frames.reduce((n, s) => n + (parseRecords(s.data) ?? []).filter((r) => r.cie !== undefined).length, 0);
  const file: ObjectFile = { name: "<linker>", internal: true, sections: [], elfSymbols: [], symbols: [] };
  const size = 12 + 8 * fdes;
  file.sections.push({
    file, index: -1, name: ".eh_frame_hdr", sh_type: SHT_PROGBITS, sh_flags: SHF_ALLOC, sh_addralign: 4n,
    size: BigInt(size), data: new Uint8Array(size), relocations: [], live: true, offset: 0n,
  });
  ctx.files.push(file);
}

/** The FDE pointer encoding of a CIE (its "zR" augmentation), absptr without one. */
function fdeEncoding(data: Uint8Array, start: number): number {
  let at = start + 9; // length, CIE id, version
  const augmentation: number[] = [];
  while (data[at] !== 0 && at < data.length) augmentation.push(data[at++]!);
  at++;
  const uleb = (): void => {
    while ((data[at++]! & 0x80) !== 0);
  };
  uleb(); // code alignment
  uleb(); // data alignment (SLEB: same length rule)
  if (data[start + 8] === 1) at++;
  else uleb(); // return address register
  const aug = String.fromCharCode(...augmentation);
  if (!aug.startsWith("z")) return DW_EH_PE_absptr;
  uleb(); // augmentation data length
  for (const c of aug.slice(1)) {
    if (c === "R") return data[at]!;
    if (c === "L") at++;
    else if (c === "P") {
      const enc = data[at++]!;
      at += (enc & 0x0f) === DW_EH_PE_absptr ? 8 : (enc & 0x0f) === 0x04 || (enc & 0x0f) === 0x0c ? 8 : (enc & 0x0f) === 0x02 || (enc & 0x0f) === 0x0a ? 2 : 4;
    } else if (c !== "S" && c !== "B") return DW_EH_PE_omit;
  }
  return DW_EH_PE_absptr;
}

/** Writes the header and the sorted table, once .eh_frame is relocated. */
export function fillEhFrameHdr(ctx: LinkContext): void {
  const hdr = ctx.files.find((f) => f.internal && f.sections[0]?.name === ".eh_frame_hdr")?.sections[0];
  if (!hdr?.output) return;
  const hdrAt = hdr.output.sh_addr + hdr.offset;
  const frames = liveEhFrames(ctx).filter((s) => s.output);
  const table: [pc: bigint, fde: bigint][] = [];
  let usable = true;
  for (const s of frames) {
    const base = s.output!.sh_addr + s.offset;
    const view = new DataView(s.data.buffer, s.data.byteOffset, s.data.byteLength);
    const encodings = new Map<number, number>();
    for (const r of parseRecords(s.data) ?? []) {
      if (r.end - r.start < 8) continue;
      if (r.cie === undefined) {
        encodings.set(r.start, fdeEncoding(s.data, r.start));
        continue;
      }
      const enc = encodings.get(r.cie) ?? DW_EH_PE_omit;
      const field = r.start + 8;
      const format = enc & 0x0f;
      let pc: bigint;
      if (format === DW_EH_PE_absptr) pc = view.getBigUint64(field, true);
      else if (format === DW_EH_PE_sdata4) pc = BigInt(view.getInt32(field, true));
      else if (format === DW_EH_PE_udata4) pc = BigInt(view.getUint32(field, true));
      else {
        usable = false;
        break;
      }
      if ((enc & 0x70) === DW_EH_PE_pcrel) pc += base + BigInt(field);
      else if ((enc & 0x70) !== 0) usable = false;
      table.push([pc, base + BigInt(r.start)]);
    }
  }
  const eh = ctx.outputSections.find((s) => s.name === ".eh_frame")!;
  const view = new DataView(hdr.data.buffer);
  const omitTable = !usable;
  hdr.data.set([1, DW_EH_PE_pcrel | DW_EH_PE_sdata4, omitTable ? DW_EH_PE_omit : DW_EH_PE_udata4, omitTable ? DW_EH_PE_omit : DW_EH_PE_datarel | DW_EH_PE_sdata4]);
  view.setInt32(4, Number(eh.sh_addr - (hdrAt + 4n)), true);
  if (omitTable) return;
  view.setUint32(8, table.length, true);
  table.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  table.forEach(([pc, fde], i) => {
    view.setInt32(12 + i * 8, Number(pc - hdrAt), true);
    view.setInt32(16 + i * 8, Number(fde - hdrAt), true);
  });
}
