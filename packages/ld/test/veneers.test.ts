// AArch64 range-extension veneers: a BL and a B to functions 200 MiB away (placed there by a
// -T script) go through `__<sym>_veneer` stubs shaped like GNU ld's, and the program runs.
import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { gnu, run } from "../../../tests/support/host.js";
import { toolsFor, Workdir } from "./toolchain.js";

const farAsm = `
	.text
	.globl _start
	.type _start,%function
_start:
	mov x0, #5
	bl far_add
	b far_exit
	.section .text.far,"ax",%progbits
	.globl far_add
	.type far_add,%function
far_add:
	add x0, x0, #2
	ret
	.globl far_exit
	.type far_exit,%function
far_exit:
	mov x8, #93
	svc #0
	.section .note.GNU-stack,"",%progbits
`;

const script = `ENTRY(_start)
SECTIONS
{
  . = 0x800000;
  .text : { *(.text) }
  . = 0x800000 + 200M;
  .far : { *(.text.far) }
}
`;

/** Each veneer of `objdump -d` as "name: its 3 instructions" (addresses, encodings and padding left out). */
function veneers(w: Workdir, program: string): string[] {
  const dump = run(gnu("objdump", "aarch64"), ["-d", w.path(program)]).stdout;
  return [...dump.matchAll(/<(__\w+_veneer)>:\n((?:\s+[0-9a-f]+:\t[0-9a-f]{8} \t.*\n)+)/g)]
    .map(([, name, body]) => `${name}: ${body!.split("\n").filter(Boolean).slice(0, 3).map((l) => l.split("\t").slice(2).join(" ").replace(/\s+/g, " ").replace(/ <.*>$/, "")).join("; ")}`)
    .sort();
}

describe("AArch64 range-extension veneers", () => {
  const has = toolsFor("aarch64");

  it.skipIf(!has)("calls and jumps 200 MiB away through veneers shaped like GNU ld's", () => {
    const w = new Workdir("aarch64");
    const obj = w.compile("far.s", farAsm);
    writeFileSync(w.path("far.ld"), script);
    expect(w.gnuLink("gnu", ["-T", w.path("far.ld"), obj]).stderr).toBe("");
    w.glassLink("glass", [obj], { script: w.path("far.ld") });
    const [want, got] = [w.exec("gnu"), w.exec("glass")];
    expect(got.status).toBe(7);
    expect(got.status).toBe(want.status);

    const shape = [
      "__far_add_veneer: adrp x16, d000000; add x16, x16, #0x0; br x16",
      "__far_exit_veneer: adrp x16, d000000; add x16, x16, #0x8; br x16",
    ];
    expect(veneers(w, "glass")).toEqual(shape);
    expect(veneers(w, "gnu")).toEqual(shape);
    expect(w.readelf(["-sW"], "glass").stdout).toMatch(/ 12 FUNC +LOCAL +DEFAULT +1 __far_add_veneer\n/);
  });
});
