// What kind of file each `glass cc` input is, decided by its extension as gcc does, and so
// which stage it enters the pipeline at.

import { GlassError, error } from "@glass/diagnostics";

export type InputKind = "c" | "i" | "s" | "S" | "object" | "archive" | "library";

export function classify(path: string): InputKind {
  if (path.startsWith("-l")) return "library";
  const ext = path.slice(path.lastIndexOf(".") + 1);
  switch (ext) {
    case "c":
      return "c";
    case "i":
      return "i";
    case "s":
      return "s";
    case "S":
      return "S";
    case "o":
      return "object";
    case "a":
      return "archive";
  }
  throw new GlassError([error(`${path}: file format not recognized; treating it as a linker input is not supported yet`)]);
}

/** `dir/name.c` → `name` + suffix, the default output name gcc uses (in the current directory). */
export function outputName(path: string, suffix: string): string {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return (dot > 0 ? base.slice(0, dot) : base) + suffix;
}
