// Linker scripts (GNU ld manual, "Linker Scripts"), in two small subsets.
//
// The scripts that stand in for libraries: glibc's `libc.so` is not an ELF file but text like
//
//   OUTPUT_FORMAT(elf64-x86-64)
//   GROUP ( /lib/x86_64-linux-gnu/libc.so.6 /usr/lib/x86_64-linux-gnu/libc_nonshared.a
//           AS_NEEDED ( /lib64/ld-linux-x86-64.so.2 ) )
//
// and the layout scripts given with `-T`, which replace GNU ld's default placement:
//
//   ENTRY(_start)
//   SECTIONS {
//     . = 0x800000;
//     .text : { *(.text .text.*) }
//     . = ALIGN(0x1000);
//     .data : { __data_start = .; *(.data .data.*) PROVIDE(__data_end = .); }
//     /DISCARD/ : { *(.comment) }
//   }
//
// The grammar understood:
//
//   script     = { command }
//   command    = ("GROUP" | "INPUT") "(" { item } ")"
//              | ("OUTPUT_FORMAT" | "OUTPUT_ARCH" | "SEARCH_DIR") "(" { name } ")"
//              | "ENTRY" "(" name ")"
//              | "SECTIONS" "{" { assignment | output } "}"
//   item       = "AS_NEEDED" "(" { item } ")" | "-l" name | file
//   output     = name [ expr ] ":" "{" { assignment | input } "}" [ ";" ]    (/DISCARD/ drops its inputs)
//   input      = fileglob "(" { sectionglob } ")"                         (globs: `*` matches any run)
//   assignment = ( "." | name ) "=" expr ";" | ("PROVIDE" | "PROVIDE_HIDDEN") "(" name "=" expr ")" [ ";" ]
//   expr       = term { ("+" | "-") term }
//   term       = number [K|M] | "." | "ALIGN" "(" expr ")" | "(" expr ")"
//
// Items may be separated by commas; /* comments */ are skipped. Anything else is an error at
// its line and column, so a script using more of GNU's language fails clearly, not silently.

import { GlassError, SourceFile, error } from "@glass/diagnostics";

export interface ScriptItem {
  /** A file name or path, or `-lfoo`'s "foo" when `library` is true. */
  name: string;
  library: boolean;
  asNeeded: boolean;
}

/** Where a script construct is, for messages about it found later in the link. */
export interface ScriptSpan {
  offset: number;
  length: number;
}

export type ScriptExpr =
  | { kind: "number"; value: bigint }
  | { kind: "dot" }
  | { kind: "align"; arg: ScriptExpr }
  | { kind: "add" | "sub"; left: ScriptExpr; right: ScriptExpr };

/** `sym = expr;`, `PROVIDE(sym = expr)` (only if referenced and not defined), `. = expr;` (name "."). */
export interface ScriptAssignment {
  kind: "assign";
  name: string;
  expr: ScriptExpr;
  provide: boolean;
  hidden: boolean;
  at: ScriptSpan;
}

/** `file(section section …)`: input sections whose file and section names match the globs. */
export interface ScriptInputSpec {
  kind: "input";
  file: RegExp;
  sections: RegExp[];
}

export interface ScriptOutputSection {
  kind: "output";
  /** The output section's name; "/DISCARD/" throws its inputs away. */
  name: string;
  address?: ScriptExpr;
  body: (ScriptAssignment | ScriptInputSpec)[];
  at: ScriptSpan;
}

export type SectionsStatement = ScriptAssignment | ScriptOutputSection;

export interface LinkerScript {
  file: SourceFile;
  group: boolean;
  items: ScriptItem[];
  searchDirs: string[];
  /** ENTRY(sym). */
  entry?: string;
  /** The SECTIONS command's statements, when the script has one. */
  sections?: SectionsStatement[];
}

interface Token {
  text: string;
  offset: number;
}

const commands = new Set(["GROUP", "INPUT", "OUTPUT_FORMAT", "OUTPUT_ARCH", "SEARCH_DIR", "AS_NEEDED"]);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /\/\*[\s\S]*?\*\/|[(),{};:=]|[^\s(),{};:=]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].startsWith("/*") || m[0] === ",") continue;
    tokens.push({ text: m[0], offset: m.index });
  }
  return tokens;
}

/** True when `bytes` look like a library-standing script (text whose first word is GROUP, INPUT …). */
export function isLinkerScript(bytes: Uint8Array): boolean {
  // A NUL byte means binary (every ELF file and archive has one near the start).
  if (bytes.subarray(0, 4096).includes(0)) return false;
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  const first = tokenize(head)[0];
  return first !== undefined && commands.has(first.text);
}

/** A section or file glob: `*` matches any run of characters, `?` one; the rest is literal. */
function glob(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${body}$`);
}

const isName = (text: string): boolean => /^[A-Za-z_.$][A-Za-z0-9_.$]*$/.test(text);

export function parseLinkerScript(text: string, fileName: string): LinkerScript {
  const file = new SourceFile(fileName, text);
  const tokens = tokenize(text);
  const script: LinkerScript = { file, group: false, items: [], searchDirs: [] };
  let i = 0;
  const fail = (message: string, at?: Token): never => {
    throw new GlassError([error(message, { file, offset: at?.offset ?? text.length, length: at?.text.length ?? 1 })]);
  };
  const span = (t: Token): ScriptSpan => ({ offset: t.offset, length: t.text.length });
  const expect = (what: string): Token => {
    const t = tokens[i++];
    if (t?.text !== what) fail(t ? `syntax error: expected '${what}' before '${t.text}'` : `syntax error: expected '${what}' at end of script`, t);
    return t!;
  };
  const name = (what: string): Token => {
    const t = tokens[i++];
    if (!t || !isName(t.text)) fail(`syntax error: expected ${what}`, t);
    return t!;
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

  const term = (): ScriptExpr => {
    const t = tokens[i++];
    if (!t) return fail("syntax error: expected an expression at end of script");
    if (t.text === ".") return { kind: "dot" };
    if (t.text === "(") {
      const inner = expr();
      expect(")");
      return inner;
    }
    if (t.text === "ALIGN") {
      expect("(");
      const arg = expr();
      expect(")");
      return { kind: "align", arg };
    }
    const number = /^(0x[0-9a-f]+|[0-9]+)([KM]?)$/i.exec(t.text);
    if (number) {
      const scale = number[2]!.toUpperCase() === "K" ? 1024n : number[2]!.toUpperCase() === "M" ? 1024n * 1024n : 1n;
      return { kind: "number", value: BigInt(number[1]!) * scale };
    }
    return fail(`unsupported expression '${t.text}' (Glass understands numbers, '.', ALIGN(n), + and -)`, t);
  };
  const expr = (): ScriptExpr => {
    let left = term();
    for (let t = tokens[i]; t?.text === "+" || t?.text === "-"; t = tokens[i]) {
      i++;
      left = { kind: t.text === "+" ? "add" : "sub", left, right: term() };
    }
    return left;
  };
  /** `name = expr ;` (the name already read) or PROVIDE(name = expr). */
  const assignment = (first: Token): ScriptAssignment => {
    if (first.text === "PROVIDE" || first.text === "PROVIDE_HIDDEN") {
      expect("(");
      const sym = name("a symbol name");
      expect("=");
      const value = expr();
      expect(")");
      if (tokens[i]?.text === ";") i++;
      return { kind: "assign", name: sym.text, expr: value, provide: true, hidden: first.text === "PROVIDE_HIDDEN", at: span(sym) };
    }
    expect("=");
    const value = expr();
    expect(";");
    return { kind: "assign", name: first.text, expr: value, provide: false, hidden: false, at: span(first) };
  };
  const isAssignment = (t: Token): boolean =>
    t.text === "PROVIDE" || t.text === "PROVIDE_HIDDEN" || ((t.text === "." || isName(t.text)) && tokens[i]?.text === "=");

  const outputSection = (first: Token): ScriptOutputSection => {
    const section: ScriptOutputSection = { kind: "output", name: first.text, body: [], at: span(first) };
    if (tokens[i]?.text !== ":") section.address = expr();
    expect(":");
    if (tokens[i]?.text !== "{") fail(`unsupported output section attribute '${tokens[i]?.text ?? ""}' (Glass understands 'name [address] : { … }')`, tokens[i]);
    expect("{");
    for (let t = tokens[i++]; t?.text !== "}"; t = tokens[i++]) {
      if (!t) fail("syntax error: missing '}'", t);
      if (isAssignment(t!)) section.body.push(assignment(t!));
      else if (tokens[i]?.text === "(" && !/^[A-Z_]+$/.test(t!.text)) {
        i++;
        const sections: RegExp[] = [];
        for (let p = tokens[i++]; p?.text !== ")"; p = tokens[i++]) {
          if (!p || p.text === "(" || p.text === "{" || p.text === "}") fail("syntax error: expected section name patterns and ')'", p);
          sections.push(glob(p!.text));
        }
        section.body.push({ kind: "input", file: glob(t!.text), sections });
      } else fail(`unsupported statement '${t!.text}' in an output section (Glass understands 'file(sections …)' and assignments)`, t);
    }
    if (tokens[i]?.text === ";") i++;
    return section;
  };

  const sectionsCommand = (): SectionsStatement[] => {
    expect("{");
    const statements: SectionsStatement[] = [];
    for (let t = tokens[i++]; t?.text !== "}"; t = tokens[i++]) {
      if (!t) fail("syntax error: missing '}' closing SECTIONS", t);
      if (isAssignment(t!)) statements.push(assignment(t!));
      else if (isName(t!.text) || t!.text === "/DISCARD/") statements.push(outputSection(t!));
      else fail(`unsupported statement '${t!.text}' in SECTIONS`, t);
    }
    return statements;
  };

  while (i < tokens.length) {
    const t = tokens[i++]!;
    if (t.text === "GROUP" || t.text === "INPUT") {
      script.group ||= t.text === "GROUP";
      script.items.push(...items(false));
    } else if (t.text === "SEARCH_DIR") script.searchDirs.push(...items(false).map((item) => item.name));
    else if (t.text === "OUTPUT_FORMAT" || t.text === "OUTPUT_ARCH") items(false);
    else if (t.text === "ENTRY") {
      expect("(");
      script.entry = name("a symbol name").text;
      expect(")");
    } else if (t.text === "SECTIONS") {
      if (script.sections) fail("only one SECTIONS command is supported", t);
      script.sections = sectionsCommand();
    } else fail(`unsupported linker script command '${t.text}'`, t);
  }
  return script;
}
