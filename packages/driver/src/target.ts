// Targets: the `--target=` names glass accepts and the one it picks by default (the host's),
// like gcc's `-dumpmachine`. A target is a machine (instruction set + psABI) plus Linux.

import type { Machine } from "@glass/elf";
import { GlassError, error } from "@glass/diagnostics";

const aliases: Record<string, Machine> = {
  x86_64: "x86_64",
  "x86_64-linux": "x86_64",
  "x86_64-linux-gnu": "x86_64",
  "x86_64-pc-linux-gnu": "x86_64",
  "x86_64-unknown-linux-gnu": "x86_64",
  amd64: "x86_64",
  aarch64: "aarch64",
  "aarch64-linux": "aarch64",
  "aarch64-linux-gnu": "aarch64",
  "aarch64-unknown-linux-gnu": "aarch64",
  arm64: "aarch64",
};

/** The machine a `--target=` name means; a GlassError for names glass cannot target. */
export function parseTarget(name: string): Machine {
  const m = aliases[name];
  if (!m) throw new GlassError([error(`unsupported target '${name}' (use x86_64-linux-gnu or aarch64-linux-gnu)`)]);
  return m;
}

/** The host's machine: the default target, as for a native gcc. */
export function hostMachine(): Machine {
  return process.arch === "arm64" ? "aarch64" : "x86_64";
}

/** The GNU triple for a machine, as `-dumpmachine` prints it. */
export function triple(machine: Machine): string {
  return `${machine}-linux-gnu`;
}
