// From the caller's LinkInputs to files the linker can load: `-lfoo` becomes libfoo.a found
// in the library search path (through the caller's findFile, so the core stays pure), and
// each file is told apart as an archive ("!<arch>\n") or an object.

import { isArchive, readArchive, readElf, type Machine } from "@glass/elf";
import { GlassError, error } from "@glass/diagnostics";
import type { InputPosition, LinkInput, LinkOptions } from "../options.js";

export interface LoadableInput extends InputPosition {
  path: string;
  data: Uint8Array;
  isArchive: boolean;
}

/** `-lfoo` → the first libfoo.a in the search path; `-l:name` → the file named exactly. */
function findLibrary(library: string, options: LinkOptions): { path: string; data: Uint8Array } | undefined {
  const fileName = library.startsWith(":") ? library.slice(1) : `lib${library}.a`;
  for (const dir of options.libraryPaths ?? []) {
    const data = options.findFile?.(dir, fileName);
    if (data) return { path: `${dir.replace(/\/$/, "")}/${fileName}`, data };
  }
  return undefined;
}

export function collectInputs(inputs: LinkInput[], options: LinkOptions): LoadableInput[] {
  const all: LinkInput[] = [...inputs, ...(options.libraries ?? []).map((library) => ({ library }))];
  const missing: string[] = [];
  const found: LoadableInput[] = [];
  for (const input of all) {
    const file = "library" in input ? findLibrary(input.library, options) : input;
    if (!file) {
      missing.push(`cannot find -l${"library" in input ? input.library : ""}: No such file or directory`);
      continue;
    }
    found.push({ ...file, wholeArchive: input.wholeArchive, group: input.group, isArchive: isArchive(file.data) });
  }
  if (missing.length > 0) throw new GlassError(missing.map((m) => error(m)));
  if (found.length === 0) throw new GlassError([error("no input files")]);
  return found;
}

/** The machine of the first object (or first archive member), for links that do not say. */
export function inferMachine(inputs: LoadableInput[]): Machine {
  for (const input of inputs) {
    const objects = input.isArchive
      ? readArchive(input.data, input.path).members.map((m) => ({ data: m.data, name: `${input.path}(${m.name})` }))
      : [{ data: input.data, name: input.path }];
    for (const o of objects) {
      const machine = readElf(o.data, o.name).machine;
      if (machine) return machine;
    }
  }
  throw new GlassError([error("cannot infer the target machine from the inputs (use -m)")]);
}
