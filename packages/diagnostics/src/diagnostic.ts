// Diagnostics: one shape for every message any stage prints, rendered the way gcc does.
//
//   hello.c:3:10: error: expected ';' before '}' token
//       3 |   return 0
//         |          ^
//
// Text inputs give file:line:col with the source line and a caret; binary inputs (objects,
// archives, executables) give the file and the byte offset instead. Stages collect
// diagnostics and throw a GlassError when they cannot go on; only the driver prints.

import type { SourceLocation } from "./source.js";

export type Severity = "error" | "warning" | "note";

export interface Diagnostic {
  severity: Severity;
  message: string;
  /** Where in a source file; absent for whole-program messages ("glass: error: …"). */
  loc?: SourceLocation;
  /** For binary inputs: the file and byte offset the message is about. */
  binary?: { file: string; offset: number };
  notes?: Diagnostic[];
  /**
   * For warnings gcc lets you switch: the option's name without `-W` (`"int-conversion"`),
   * which the driver honours (-Wno-X, -Werror=X) and prints as gcc does (`[-Wint-conversion]`).
   */
  option?: string;
}

export function error(message: string, loc?: SourceLocation): Diagnostic {
  return loc ? { severity: "error", message, loc } : { severity: "error", message };
}

export function warning(message: string, loc?: SourceLocation, option?: string): Diagnostic {
  const d: Diagnostic = loc ? { severity: "warning", message, loc } : { severity: "warning", message };
  if (option) d.option = option;
  return d;
}

/** Thrown by a stage that cannot continue; carries every diagnostic gathered so far. */
export class GlassError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join("; "));
    this.name = "GlassError";
  }
}

/** Throws a GlassError about a byte offset in a binary file (malformed ELF, archive …). */
export function binaryError(file: string, offset: number, message: string): never {
  throw new GlassError([{ severity: "error", message, binary: { file, offset } }]);
}

/** Renders a diagnostic like gcc: location prefix, message, then source line and caret. */
export function render(d: Diagnostic, tool = "glass"): string {
  const out: string[] = [];
  if (d.loc) {
    const { file, offset } = d.loc;
    const { line, col } = file.position(offset);
    out.push(`${file.name}:${line}:${col}: ${d.severity}: ${d.message}`);
    const text = file.lineText(line);
    const gutter = String(line).padStart(5);
    out.push(`${gutter} | ${text}`);
    const pad = text.slice(0, col - 1).replace(/[^\t]/g, " ");
    const width = Math.max(1, Math.min(d.loc.length ?? 1, text.length - col + 1));
    out.push(`${" ".repeat(gutter.length)} | ${pad}^${"~".repeat(width - 1)}`);
  } else if (d.binary) {
    const hex = "0x" + d.binary.offset.toString(16);
    out.push(`${d.binary.file}: ${d.severity}: ${d.message} (at offset ${hex})`);
  } else {
    out.push(`${tool}: ${d.severity}: ${d.message}`);
  }
  for (const n of d.notes ?? []) out.push(render(n, tool));
  return out.join("\n");
}
