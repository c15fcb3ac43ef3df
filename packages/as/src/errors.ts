// Every assembler message goes through here: `file:line:col: error: …` with a caret, as a
// GlassError the driver renders.
import { GlassError, type SourceFile } from "@glass/diagnostics";

export function asmError(file: SourceFile, offset: number, message: string, length = 1): never {
  throw new GlassError([{ severity: "error", message, loc: { file, offset, length } }]);
}
