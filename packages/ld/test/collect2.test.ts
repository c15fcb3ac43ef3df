// gcc's own linker command line (`gcc -### x.o -o x`, the collect2 line) read by parseLdArgs
// and linked by Glass: a PIE against glibc with --build-id, --eh-frame-hdr, --push-state,
// -plugin … as gcc passes them. The program unwinds its own stack through PT_GNU_EH_FRAME
// (glibc's backtrace() uses libgcc's unwinder, which finds FDEs by the .eh_frame_hdr table).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseLdArgs } from "@glass/ld";
import { targets, toolsFor } from "./toolchain.js";
import { DynWorkdir, hasGlibc } from "./dynamic-toolchain.js";

const backtraceC = `
#include <execinfo.h>
#include <stdio.h>
__attribute__((noinline)) int depth(int n) {
  void *frames[32];
  return n == 0 ? backtrace(frames, 32) : depth(n - 1) + 0 * n;
}
int main(void) { int d = depth(3); printf("hello, %s\\n", d >= 6 ? "unwound" : "not unwound"); return 0; }
`;

/** The words of gcc's collect2 line for linking `object` into `out` (shell quoting undone). */
function collect2Line(w: DynWorkdir, object: string, out: string): string[] {
  const line = w.gcc(["-###", object, "-o", out]).stderr.split("\n").find((l) => /\/collect2 /.test(l))!;
  return [...line.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!).slice(1);
}

describe.each(targets)("gcc's collect2 line on %s", (target) => {
  const has = toolsFor(target) && hasGlibc(target);

  it.skipIf(!has)("links with glass ld and runs, with a build ID and an unwind table like GNU ld's", () => {
    const w = new DynWorkdir(target);
    const object = w.compile("bt.c", backtraceC, ["-O1", "-fPIE"]);
    const argv = collect2Line(w, object, w.path("glass"));
    expect(argv).toEqual(expect.arrayContaining(["--build-id", "--eh-frame-hdr", "--push-state", "--pop-state", "-plugin", "-pie"]));
    const parsed = parseLdArgs(argv);
    w.glassInputs("glass", parsed.inputs.map((i) => ("path" in i ? i.path : i)), parsed.options);
    expect(w.gcc(["bt.o", "-o", "gnu"]).status).toBe(0);

    const [want, got] = [w.execDynamic("gnu"), w.execDynamic("glass")];
    expect(want.stdout).toBe("hello, unwound\n");
    expect([got.stdout, got.status]).toEqual([want.stdout, want.status]);

    // The notes and the unwind table header GNU ld makes, with the same sizes: 12 bytes and 8
    // per FDE. GNU ld adds 2 FDEs on x86-64 for the unwind info it makes for .plt/.plt.got.
    const shape = (program: string): string[] =>
      w.readelfOf(["-lW"], program).split("\n").filter((l) => /^\s+(NOTE|GNU_EH_FRAME)\s/.test(l)).map((l) => l.trim().split(/\s+/).filter((_, i) => i === 0 || i >= 4).join(" "));
    const fdes = w.readelfOf(["--debug-dump=frames"], "glass").match(/ FDE cie=/g)!.length;
    const hdr = (n: number): string => `GNU_EH_FRAME 0x${(12 + 8 * n).toString(16).padStart(6, "0")} 0x${(12 + 8 * n).toString(16).padStart(6, "0")} R 0x4`;
    expect(shape("glass")).toEqual([...shape("gnu").filter((l) => l.startsWith("NOTE")), hdr(fdes)]);
    expect(shape("gnu")).toContain(hdr(target === "x86_64" ? fdes + 2 : fdes));
    expect(w.readelfOf(["-n"], "glass")).toMatch(/GNU\s+0x00000014\s+NT_GNU_BUILD_ID \(unique build ID bitstring\)\s+Build ID: [0-9a-f]{40}\n/);
    // The ID is the SHA-1 of the file as written with the ID still zero, as GNU ld computes it.
    const bytes = new Uint8Array(readFileSync(w.path("glass")));
    const offset = Number.parseInt(/\.note\.gnu\.build-id\s+NOTE\s+\S+\s+(\S+)/.exec(w.readelfOf(["-SW"], "glass"))![1]!, 16) + 16;
    const id = Buffer.from(bytes.subarray(offset, offset + 20)).toString("hex");
    bytes.fill(0, offset, offset + 20);
    expect(createHash("sha1").update(bytes).digest("hex")).toBe(id);
  });
});
