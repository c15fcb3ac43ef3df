// Test support for the linker: build objects with the host's GNU tools, link them with Glass
// and with GNU ld, and run the results (natively, or under qemu-aarch64).
import { mkdtempSync, readFileSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gnu, hostHasAll, run, runner, type RunResult } from "../../../tests/support/host.js";
import { link, type LinkInput, type LinkOptions, type LinkResult } from "@glass/ld";

export type Target = "x86_64" | "aarch64";
export const targets: Target[] = ["x86_64", "aarch64"];

/** Host tools a target's tests need; missing ones are reported as skips. */
export function toolsFor(target: Target): boolean {
  const cc = target === "x86_64" ? "gcc" : "aarch64-linux-gnu-gcc";
  return hostHasAll(cc, gnu("as", target), gnu("ld", target), gnu("readelf", target), ...runner(target), "ar");
}

/** `_start` calls main and exits with its result; `puts` writes a line with write(2). */
export const startAsm: Record<Target, string> = {
  x86_64: `
	.text
	.globl _start
	.type _start,@function
_start:
	call main
	mov %eax,%edi
	mov $60,%eax
	syscall
	.size _start,.-_start
	.section .note.GNU-stack,"",@progbits
`,
  aarch64: `
	.text
	.globl _start
	.type _start,%function
_start:
	bl main
	mov x8,#93
	svc #0
	.size _start,.-_start
	.section .note.GNU-stack,"",@progbits
`,
};

export const putsAsm: Record<Target, string> = {
  x86_64: `
	.text
	.globl puts
	.type puts,@function
puts:
	mov %rdi,%rsi
	xor %edx,%edx
1:	cmpb $0,(%rsi,%rdx)
	je 2f
	inc %rdx
	jmp 1b
2:	mov $1,%edi
	mov $1,%eax
	syscall
	mov $1,%edi
	lea newline(%rip),%rsi
	mov $1,%edx
	mov $1,%eax
	syscall
	xor %eax,%eax
	ret
	.size puts,.-puts
	.section .rodata
newline:
	.byte 10
	.section .note.GNU-stack,"",@progbits
`,
  aarch64: `
	.text
	.globl puts
	.type puts,%function
puts:
	mov x1, x0
	mov x2, #0
1:	ldrb w3, [x1, x2]
	cbz w3, 2f
	add x2, x2, #1
	b 1b
2:	mov x0, #1
	mov x8, #64
	svc #0
	mov x0, #1
	adrp x1, newline
	add x1, x1, :lo12:newline
	mov x2, #1
	mov x8, #64
	svc #0
	mov w0, #0
	ret
	.size puts,.-puts
	.section .rodata
newline:
	.byte 10
	.section .note.GNU-stack,"",@progbits
`,
};

/** A scratch directory holding sources, objects and linked programs for one target. */
export class Workdir {
  readonly dir = mkdtempSync(join(tmpdir(), "glass-ld-"));
  constructor(readonly target: Target) {}

  path(name: string): string {
    return join(this.dir, name);
  }

  /** Writes `name` (.c or .s) and compiles/assembles it to `name.o`; returns the object path. */
  compile(name: string, text: string, flags: string[] = ["-O0", "-fno-pie", "-fno-pic"]): string {
    writeFileSync(this.path(name), text);
    const obj = this.path(name.replace(/\.[cs]$/, ".o"));
    const r = name.endsWith(".s")
      ? run(gnu("as", this.target), [this.path(name), "-o", obj])
      : run(this.target === "x86_64" ? "gcc" : "aarch64-linux-gnu-gcc", ["-c", ...flags, this.path(name), "-o", obj]);
    if (r.status !== 0) throw new Error(`building ${name} failed:\n${r.stderr}`);
    return obj;
  }

  /** `ar rcs name members…`. */
  archive(name: string, members: string[]): string {
    const r = run("ar", ["rcs", this.path(name), ...members]);
    if (r.status !== 0) throw new Error(r.stderr);
    return this.path(name);
  }

  /** Links with Glass and writes the executable to `out`. */
  glassLink(out: string, files: string[], options: LinkOptions = {}): LinkResult {
    const inputs: LinkInput[] = files.map((path) => ({ path, data: readFileSync(path) }));
    const result = link(inputs, {
      findFile: (dir, name) => {
        try {
          return readFileSync(join(dir, name));
        } catch {
          return undefined;
        }
      },
      ...options,
    });
    writeFileSync(this.path(out), result.output);
    chmodSync(this.path(out), 0o755);
    return result;
  }

  /** Links the same files with GNU ld. */
  gnuLink(out: string, args: string[]): RunResult {
    return run(gnu("ld", this.target), ["-static", "-o", this.path(out), ...args]);
  }

  exec(program: string): RunResult {
    const [cmd, ...pre] = [...runner(this.target), this.path(program)];
    return run(cmd!, pre);
  }

  readelf(args: string[], program: string): RunResult {
    return run(gnu("readelf", this.target), [...args, this.path(program)]);
  }
}

/** The PT_LOAD lines of `readelf -lW`, reduced to what the layout decides: type, flags, align. */
export function loadShape(readelfL: string): string[] {
  return readelfL
    .split("\n")
    .filter((l) => /^\s+(LOAD|GNU_STACK)\s/.test(l))
    .map((l) => {
      const f = l.trim().split(/\s+/);
      const type = f[0]!;
      const align = f[f.length - 1]!;
      const flags = f.slice(6, f.length - 1).join("");
      return `${type} ${type === "GNU_STACK" ? "" : flags} ${type === "GNU_STACK" ? "" : align}`.trim();
    });
}
