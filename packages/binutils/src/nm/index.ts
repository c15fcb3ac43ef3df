// nm: Glass's twin of GNU nm 2.40 — list the symbols of objects, archives, executables and
// shared objects with BFD's class letters (see ../common/symbol-class.ts), sorted by name
// (default), by address (-n) or not at all (-p), in the BSD (default) or POSIX (-P) layout.

import { SHN_UNDEF, STB_LOCAL, STT_SECTION, type ElfSymbol } from "@glass/elf";
import type { ToolIO } from "../io.js";
import { eachObject, type ObjectInput } from "../common/inputs.js";
import { parseArgs, toJson } from "../common/options.js";
import { isDebuggingSymbol, isMappingSymbol, symbolLetter } from "../common/symbol-class.js";
import { dynamicSymbolVersions } from "../common/versions.js";

const USAGE = "Usage: nm [option(s)] [file(s)]\n List symbols in [file(s)] (a.out by default).\n";

const SPEC = {
  short: { a: "all", D: "dynamic", u: "undefined", g: "extern", n: "numeric", v: "numeric", p: "nosort", r: "reverse", S: "size", A: "filename", o: "filename", P: "posix", B: "bsd", U: "defined" },
  long: {
    "debug-syms": "all", dynamic: "dynamic", "undefined-only": "undefined", "extern-only": "extern", "numeric-sort": "numeric",
    "no-sort": "nosort", "reverse-sort": "reverse", "print-size": "size", "print-file-name": "filename", portability: "posix",
    "defined-only": "defined", json: "json", "format=": "format",
  },
};

interface Listed {
  name: string;
  letter: string;
  value: bigint;
  size: bigint;
  undefined: boolean;
  global: boolean;
}

const hex16 = (n: bigint): string => n.toString(16).padStart(16, "0");

function listed(input: ObjectInput, dynamic: boolean, all: boolean): Listed[] | undefined {
  const { elf } = input;
  const symbols = (dynamic ? elf.dynamicSymbols() : elf.symbols()).slice(1);
  if (symbols.length === 0 && !(dynamic ? elf.sections.some((s) => s.sh_type === 11) : elf.sections.some((s) => s.sh_type === 2))) return undefined;
  const versions = dynamic ? dynamicSymbolVersions(elf) : [];
  const name = (s: ElfSymbol): string => {
    const v = versions[s.index];
    if (!v) return s.name;
    return s.name + (v.hidden || v.needed || s.st_shndx === SHN_UNDEF ? "@" : "@@") + v.name;
  };
  return symbols
    .filter((s) => (all || !isDebuggingSymbol(s)) && !isMappingSymbol(elf, s))
    .map((s) => {
      const letter = symbolLetter(elf, s);
      const common = letter === "C";
      return { name: s.type === STT_SECTION && s.name === "" ? (elf.sections[s.st_shndx]?.name ?? "") : name(s), letter, value: common ? s.st_size : s.st_value, size: s.st_size, undefined: "Uwv".includes(letter), global: s.bind !== STB_LOCAL };
    });
}

export function nm(args: string[], io: ToolIO): number {
  const parsed = parseArgs(args, SPEC);
  if ("error" in parsed) {
    io.stderr(`nm: ${parsed.error}\n${USAGE}`);
    return 1;
  }
  const f = parsed.flags;
  const posix = f.has("posix") || parsed.values.get("format")?.at(-1) === "posix";
  const files = parsed.files.length > 0 ? parsed.files : ["a.out"];
  const json: unknown[] = [];
  const status = eachObject("nm", io, files, {
    archive(path) {
      if (files.length > 1 && !f.has("filename") && !posix && !f.has("json")) io.stdout(`\n${path}:\n`);
    },
    object(input) {
      const where = input.member ?? input.path;
      if (!f.has("filename") && !f.has("json") && (input.member || files.length > 1)) io.stdout(posix ? `${input.member ? `${input.path}[${input.member}]` : where}:\n` : `\n${where}:\n`);
      let symbols = listed(input, f.has("dynamic"), f.has("all"));
      if (!symbols) {
        io.stderr(`nm: ${where}: no symbols\n`);
        return;
      }
      if (f.has("undefined")) symbols = symbols.filter((s) => s.undefined);
      if (f.has("defined")) symbols = symbols.filter((s) => !s.undefined);
      if (f.has("extern")) symbols = symbols.filter((s) => s.global);
      if (!f.has("nosort")) {
        const byName = (a: Listed, b: Listed): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
        const byValue = (a: Listed, b: Listed): number =>
          a.undefined !== b.undefined ? (a.undefined ? -1 : 1) : !a.undefined && a.value !== b.value ? (a.value < b.value ? -1 : 1) : byName(a, b);
        const order = f.has("numeric") ? byValue : byName;
        symbols.sort(f.has("reverse") ? (a, b) => order(b, a) : order);
      }
      if (f.has("json")) {
        json.push({ file: input.path, member: input.member, symbols });
        return;
      }
      const prefix = f.has("filename") ? (input.member ? (posix ? `${input.path}[${input.member}]: ` : `${input.path}:${input.member}:`) : posix ? `${input.path}: ` : `${input.path}:`) : "";
      let out = "";
      for (const s of symbols) {
        if (posix) {
          out += `${prefix}${s.name} ${s.letter} ` + (s.undefined ? "        " : `${s.value.toString(16)} ${s.size !== 0n ? s.size.toString(16) : ""}`) + "\n";
        } else {
          const size = f.has("size") && !s.undefined && s.size !== 0n ? ` ${hex16(s.size)}` : "";
          out += `${prefix}${s.undefined ? " ".repeat(16) : hex16(s.value)}${size} ${s.letter} ${s.name}\n`;
        }
      }
      io.stdout(out);
    },
  });
  if (f.has("json")) io.stdout(toJson(json));
  return status;
}
