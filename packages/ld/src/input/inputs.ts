// From the caller's LinkInputs to files the linker can load. `-lfoo` becomes libfoo.so or
// libfoo.a found in the library search path (through the caller's findFile, so the core stays
// pure); each file is told apart as an archive ("!<arch>\n"), a shared object (ET_DYN), a
// relocatable object, or a linker script such as glibc's libc.so, whose files take the
// script's place on the command line (a GROUP's archives are rescanned together).
// Only an ELF file's header is read here; resolution parses the file when it loads it, so a
// parse lives only while its file is being loaded.

import { ELFMAG, ET_DYN, isArchive, machineOf, readArchive, readElf, readElfHeader, type Machine } from "@glass/elf";
import { GlassError, error } from "@glass/diagnostics";
import type { InputPosition, LinkInput, LinkOptions } from "../options.js";
import { isLinkerScript, parseLinkerScript, type LinkerScript } from "./linker-script.js";

export interface LoadableInput extends InputPosition {
  path: string;
  data: Uint8Array;
  kind: "object" | "archive" | "shared";
  /** The machine in an object's or shared object's header (archives are read when opened). */
  machine?: Machine;
}

interface Found {
  path: string;
  data: Uint8Array;
}

const dirOf = (path: string): string => path.slice(0, path.lastIndexOf("/") + 1) || ".";
const baseOf = (path: string): string => path.slice(path.lastIndexOf("/") + 1);

/** `-lfoo` → the first libfoo.so or libfoo.a in the search path (.so first per directory unless static). */
function findLibrary(library: string, dirs: string[], options: LinkOptions, staticOnly: boolean): Found | undefined {
  const names = library.startsWith(":") ? [library.slice(1)] : staticOnly ? [`lib${library}.a`] : [`lib${library}.so`, `lib${library}.a`];
  for (const dir of dirs) {
    for (const name of names) {
      const data = options.findFile?.(dir, name);
      if (data) return { path: `${dir.replace(/\/$/, "")}/${name}`, data };
    }
  }
  return undefined;
}

/** A file named in a linker script: an absolute path as it is, a bare name in the script's directory or the search path. */
function findScriptFile(name: string, scriptPath: string, dirs: string[], options: LinkOptions): Found | undefined {
  const candidates = name.startsWith("/") ? [dirOf(name)] : [dirOf(scriptPath), ...dirs];
  for (const dir of candidates) {
    const data = options.findFile?.(dir, baseOf(name));
    if (data) return { path: name.startsWith("/") ? name : `${dir.replace(/\/$/, "")}/${name}`, data };
  }
  return undefined;
}

/** An ELF file (object or shared object) by its magic number: the usual input, told apart without decoding text. */
const isElf = (data: Uint8Array): boolean => data.length >= ELFMAG.length && ELFMAG.every((b, i) => data[i] === b);

function classify(data: Uint8Array, path: string): Pick<LoadableInput, "kind" | "machine"> {
  if (!isElf(data) && isArchive(data)) return { kind: "archive" };
  const header = readElfHeader(data, path);
  return { kind: header.e_type === ET_DYN ? "shared" : "object", machine: machineOf(header.e_machine) };
}

export function collectInputs(inputs: LinkInput[], options: LinkOptions): LoadableInput[] {
  const all: LinkInput[] = [...inputs, ...(options.libraries ?? []).map((library) => ({ library }))];
  const dirs = [...(options.libraryPaths ?? [])];
  const missing: string[] = [];
  const found: LoadableInput[] = [];
  let scriptGroups = Math.max(0, ...all.map((i) => i.group ?? 0));

  const add = (file: Found, position: InputPosition): void => {
    if (isElf(file.data) || !isLinkerScript(file.data)) {
      const { kind, machine } = classify(file.data, file.path);
      found.push({ path: file.path, data: file.data, wholeArchive: position.wholeArchive, group: position.group, asNeeded: position.asNeeded, kind, machine });
      return;
    }
    const script = parseLinkerScript(new TextDecoder().decode(file.data), file.path);
    if (script.sections || script.entry) throw new GlassError([error(`${file.path}: SECTIONS and ENTRY are only supported in a -T script`)]);
    dirs.push(...script.searchDirs);
    const group = script.group ? (position.group ?? ++scriptGroups) : position.group;
    for (const item of script.items) {
      const inner = item.library ? findLibrary(item.name, dirs, options, false) : findScriptFile(item.name, file.path, dirs, options);
      if (!inner) {
        missing.push(item.library ? `cannot find -l${item.name}: No such file or directory` : `cannot find ${item.name}: No such file or directory`);
        continue;
      }
      add(inner, { ...position, group, asNeeded: position.asNeeded || item.asNeeded });
    }
  };

  for (const input of all) {
    const { wholeArchive, group, asNeeded } = input;
    const position = { wholeArchive, group, asNeeded };
    const file = "library" in input ? findLibrary(input.library, dirs, options, input.static ?? false) : input;
    if (!file) missing.push(`cannot find -l${"library" in input ? input.library : ""}: No such file or directory`);
    else add(file, position);
  }
  if (missing.length > 0) throw new GlassError(missing.map((m) => error(m)));
  if (found.length === 0) throw new GlassError([error("no input files")]);
  return found;
}

/** The machine of the first object (or first archive member), for links that do not say. */
export function inferMachine(inputs: LoadableInput[]): Machine {
  for (const input of inputs) {
    if (input.kind !== "archive") {
      if (input.machine) return input.machine;
      continue;
    }
    for (const m of readArchive(input.data, input.path).members) {
      const machine = readElf(m.data, `${input.path}(${m.name})`).machine;
      if (machine) return machine;
    }
  }
  throw new GlassError([error("cannot infer the target machine from the inputs (use -m)")]);
}

/** The -T script, read through findFile like any input. */
export function loadScript(options: LinkOptions): LinkerScript | undefined {
  const path = options.script;
  if (path === undefined) return undefined;
  const data = options.findFile?.(dirOf(path), baseOf(path));
  if (!data) throw new GlassError([error(`cannot open linker script file ${path}: No such file or directory`)]);
  const script = parseLinkerScript(new TextDecoder().decode(data), path);
  if (script.items.length > 0) throw new GlassError([error(`${path}: INPUT and GROUP are not supported in a -T script`)]);
  return script;
}

/** GNU ld refuses an object of another machine than the link's (`-m`, or the first object's). */
export function checkMachine(files: LoadableInput[], machine: Machine): void {
  const wrong = files.filter((f) => f.machine !== undefined && f.machine !== machine);
  if (wrong.length > 0) throw new GlassError(wrong.map((f) => error(`${f.path}: error adding symbols: file in wrong format (${f.machine} code in a link for ${machine})`)));
}
