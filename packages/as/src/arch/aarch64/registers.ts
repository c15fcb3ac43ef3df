// AArch64 register names as GNU as reads them: x0–x30 / w0–w30, sp / wsp, xzr / wzr, the
// FP/SIMD scalar views b/h/s/d/q0–31, and the AAPCS64 nicknames fp (x29) and lr (x30).
import type { A64Reg, A64RegClass } from "@glass/isa";

const special: Record<string, A64Reg> = {
  sp: { kind: "reg", cls: "x", num: 31, sp: true },
  wsp: { kind: "reg", cls: "w", num: 31, sp: true },
  xzr: { kind: "reg", cls: "x", num: 31 },
  wzr: { kind: "reg", cls: "w", num: 31 },
  fp: { kind: "reg", cls: "x", num: 29 },
  lr: { kind: "reg", cls: "x", num: 30 },
};

/** The register a name denotes, or undefined when it is not a register name. */
export function registerNamed(name: string): A64Reg | undefined {
  const n = name.toLowerCase();
  const s = special[n];
  if (s) return s;
  const m = /^([wxbhsdq])([0-9]|[12][0-9]|3[01])$/.exec(n);
  if (!m) return undefined;
  const cls = m[1] as A64RegClass;
  const num = Number(m[2]);
  if ((cls === "w" || cls === "x") && num === 31) return undefined;
  return { kind: "reg", cls, num };
}
