// ar: create, list, extract, print and delete members of static archives, like GNU ar in
// its default deterministic mode. Operations (one letter, optionally after "-"):
//   r  insert or replace files (creating the archive; "c" silences the notice)
//   t  list member names            x  extract members (all, or the named ones)
//   p  print members to stdout      d  delete the named members
// Modifiers: c (create quietly), s (write the symbol index: always done, as GNU r does),
// v (verbose), D (deterministic: the only mode).
// The format itself (GNU "/" index, "//" long names) lives in @glass/elf's archive.ts.

import { GlassError } from "@glass/diagnostics";
import { readArchive, writeArchive, type ArchiveMember } from "@glass/elf";
import { readInput, type ToolIO } from "../io.js";

const USAGE = "Usage: ar [-]{dprtx}[csvD] archive-file file...\n";

const baseName = (path: string): string => path.slice(path.lastIndexOf("/") + 1);

export function ar(args: string[], io: ToolIO): number {
  const [keys, archivePath, ...files] = args;
  const letters = (keys ?? "").replace(/^-/, "");
  const operations = [...letters].filter((c) => "dprtx".includes(c));
  const unknown = [...letters].find((c) => !"dprtxcsvD".includes(c));
  if (operations.length !== 1 || unknown || !archivePath) {
    io.stderr(unknown ? `ar: invalid option -- '${unknown}'\n${USAGE}` : operations.length > 1 ? "ar: two different operation options specified\n" : USAGE);
    return 1;
  }
  const op = operations[0]!;
  const verbose = letters.includes("v");
  const quiet = letters.includes("c");

  const existing = readExisting(io, archivePath, op === "r");
  if ("error" in existing) {
    io.stderr(`ar: ${existing.error}\n`);
    return 1;
  }
  if (existing.members === undefined && !quiet) io.stderr(`ar: creating ${archivePath}\n`);
  const members = existing.members ?? [];
  const selected = (m: ArchiveMember): boolean => files.length === 0 || files.includes(m.name);
  const missing = files.filter((f) => !members.some((m) => m.name === f));

  switch (op) {
    case "t":
      for (const m of members.filter(selected)) io.stdout(`${m.name}\n`);
      break;
    case "p":
      for (const m of members.filter(selected)) {
        if (io.stdoutBytes) io.stdoutBytes(m.data);
        else io.stdout(new TextDecoder().decode(m.data));
      }
      break;
    case "x":
      for (const m of members.filter(selected)) {
        if (verbose) io.stdout(`x - ${m.name}\n`);
        io.writeFile(m.name, m.data);
      }
      break;
    case "d": {
      for (const m of members.filter((m) => files.includes(m.name))) if (verbose) io.stdout(`d - ${m.name}\n`);
      const kept = members.filter((m) => !files.includes(m.name));
      io.writeFile(archivePath, writeArchive(kept));
      break;
    }
    case "r": {
      const updated = members.map((m) => ({ name: m.name, data: m.data }));
      for (const path of files) {
        const data = readInput(io, path);
        if ("error" in data) {
          io.stderr(`ar: ${path}: No such file or directory\n`);
          return 1;
        }
        const name = baseName(path);
        const at = updated.findIndex((m) => m.name === name);
        if (verbose) io.stdout(`${at >= 0 ? "r" : "a"} - ${path}\n`);
        if (at >= 0) updated[at] = { name, data };
        else updated.push({ name, data });
      }
      io.writeFile(archivePath, writeArchive(updated));
      return 0;
    }
  }
  if (op !== "r") for (const f of missing) io.stdout(`no entry ${f} in archive\n`);
  return 0;
}

/** The archive's members; `members` undefined when it does not exist and may be created. */
function readExisting(io: ToolIO, path: string, mayCreate: boolean): { members?: ArchiveMember[] } | { error: string } {
  const bytes = readInput(io, path);
  if ("error" in bytes) return mayCreate ? {} : { error: `${path}: No such file or directory` };
  try {
    return { members: readArchive(bytes, path).members };
  } catch (e) {
    if (!(e instanceof GlassError)) throw e;
    return { error: `${path}: file format not recognized` };
  }
}
