// The tiny linker scripts that stand in for libraries: glibc's `libc.so` is not an ELF file
// but text like
//
//   OUTPUT_FORMAT(elf64-x86-64)
//   GROUP ( /lib/x86_64-linux-gnu/libc.so.6 /usr/lib/x86_64-linux-gnu/libc_nonshared.a
//           AS_NEEDED ( /lib64/ld-linux-x86-64.so.2 ) )
//
// (GNU ld manual, "File Commands"). Only the commands such scripts use are understood:
//
//   script    = { command }
//   command   = ("GROUP" | "INPUT") "(" { item } ")"
//             | ("OUTPUT_FORMAT" | "OUTPUT_ARCH" | "SEARCH_DIR") "(" { name } ")"
//   item      = "AS_NEEDED" "(" { item } ")" | "-l" name | file
//
// Items may be separated by commas; /* comments */ are skipped. The result is the list of
// files in order; the caller finds them and treats a GROUP like --start-group/--end-group.

import { GlassError, SourceFile, error } from "@glass/diagnostics";

export interface ScriptItem {
  /** A file name or path, or `-lfoo`'s "foo" when `library` is true. */
  name: string;
  library: boolean;
  asNeeded: boolean;
}

export interface LinkerScript {
  group: boolean;
  items: ScriptItem[];
  searchDirs: string[];
}

interface Token {
  text: string;
  offset: number;
}

const commands = new Set(["GROUP", "INPUT", "OUTPUT_FORMAT", "OUTPUT_ARCH", "SEARCH_DIR", "AS_NEEDED"]);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /\/\*[\s\S]*?\*\/|[(),]|[^\s(),]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].startsWith("/*") || m[0] === ",") continue;
    tokens.push({ text: m[0], offset: m.index });
  }
  return tokens;
}

/** True when `bytes` look like a linker script (text whose first word is a script command). */
export function isLinkerScript(bytes: Uint8Array): boolean {
  // A NUL byte means binary (every ELF file and archive has one near the start).
  if (bytes.subarray(0, 4096).includes(0)) return false;
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  const first = tokenize(head)[0];
  return first !== undefined && commands.has(first.text);
}

export function parseLinkerScript(text: string, fileName: string): LinkerScript {
  const file = new SourceFile(fileName, text);
  const tokens = tokenize(text);
  const script: LinkerScript = { group: false, items: [], searchDirs: [] };
  let i = 0;
  const fail = (message: string, at?: Token): never => {
    throw new GlassError([error(message, { file, offset: at?.offset ?? text.length, length: at?.text.length ?? 1 })]);
  };
  const expect = (what: string): void => {
    const t = tokens[i++];
    if (t?.text !== what) fail(`syntax error: expected '${what}'`, t);
  };
  /** The words up to the matching ")", AS_NEEDED groups included. */
  const items = (asNeeded: boolean): ScriptItem[] => {
    expect("(");
    const out: ScriptItem[] = [];
    for (let t = tokens[i]; t?.text !== ")"; t = tokens[i]) {
      if (!t || t.text === "(") fail("syntax error in linker script", t);
      i++;
      if (t.text === "AS_NEEDED") out.push(...items(true));
      else if (t.text.startsWith("-l")) out.push({ name: t.text.slice(2), library: true, asNeeded });
      else out.push({ name: t.text, library: false, asNeeded });
    }
    i++;
    return out;
  };

  while (i < tokens.length) {
    const t = tokens[i++]!;
    if (t.text === "GROUP" || t.text === "INPUT") {
      script.group ||= t.text === "GROUP";
      script.items.push(...items(false));
    } else if (t.text === "SEARCH_DIR") script.searchDirs.push(...items(false).map((item) => item.name));
    else if (t.text === "OUTPUT_FORMAT" || t.text === "OUTPUT_ARCH") items(false);
    else fail(`unsupported linker script command '${t.text}'`, t);
  }
  return script;
}
