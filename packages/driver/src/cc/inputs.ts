// What each `glass cc` input is, and the names of the files made from it.
//
// The language comes from `-x` when given, otherwise from the extension, as gcc decides it
// ("Options Controlling the Kind of Output"): .c is C, .i preprocessed C, .s assembly, .S
// assembly to preprocess first; anything else (.o .a .so, libfoo.so.1, …) goes to the
// linker untouched. The language says at which stage the file enters the pipeline.

import { GlassError, error } from "@glass/diagnostics";

export type Language = "c" | "cpp-output" | "assembler" | "assembler-with-cpp" | "none";

/** The stage a source starts at: its language minus the linker files. */
export type SourceLanguage = Exclude<Language, "none">;

const byName: Record<string, Language> = {
  c: "c",
  "cpp-output": "cpp-output",
  assembler: "assembler",
  "assembler-with-cpp": "assembler-with-cpp",
  none: "none",
};

/** `-x NAME`; "none" goes back to deciding by extension. */
export function parseLanguage(name: string): Language {
  const l = byName[name];
  if (!l) throw new GlassError([error(`language ${name} not recognized`)]);
  return l;
}

const byExtension: Record<string, SourceLanguage> = { c: "c", i: "cpp-output", s: "assembler", S: "assembler-with-cpp", sx: "assembler-with-cpp" };

/** The language of a file: `-x` if given, else its extension; undefined for linker inputs. */
export function languageOf(path: string, given?: Language): SourceLanguage | undefined {
  if (given) return given === "none" ? undefined : given;
  const ext = extension(path);
  if (ext === "h") throw new GlassError([error(`${path}: precompiled headers are not supported by Glass`)]);
  return byExtension[ext];
}

/** True for inputs gcc hands to the linker as they are: objects, archives, shared objects. */
export function isKnownLinkerInput(path: string): boolean {
  return /\.(o|a|so)$|\.so\.[0-9.]+$/.test(path);
}

function extension(path: string): string {
  const base = basename(path);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1) : "";
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** `dir/name.c` → `name`: the stem gcc names outputs after (in the current directory). */
export function stem(path: string): string {
  const base = basename(path);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

/** `dir/x.o` → `dir/x`: a path without its extension. */
export function withoutExtension(path: string): string {
  const slash = path.lastIndexOf("/");
  const dot = path.lastIndexOf(".");
  return dot > slash + 1 ? path.slice(0, dot) : path;
}
