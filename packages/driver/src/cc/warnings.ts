// The warning switches: -w, -Wno-NAME, -Werror, -Werror=NAME, -Wno-error=NAME.
//
// gcc names each optional warning after the switch that controls it and prints the name
// after the message ("… [-Wimplicit-function-declaration]"). The compiler sets that name on
// its diagnostics (`Diagnostic.option`); the table below names the preprocessor's `#warning`.
// A warning without a name cannot be switched off (gcc has such warnings too) but -w and
// -Werror still apply to it.

import type { Diagnostic } from "@glass/diagnostics";
import type { CcOptions } from "./options.js";

const names: [RegExp, string][] = [[/^#warning /, "cpp"]];

/** The gcc switch name of a warning, if it has one. */
export function warningName(d: Diagnostic): string | undefined {
  return d.option ?? names.find(([re]) => re.test(d.message))?.[1];
}

/**
 * Applies the switches to a stage's warnings: drops the disabled ones, turns the ones
 * -Werror asks for into errors, and names each one like gcc. `failed` is true when any
 * became an error (the stage's output must then not be written).
 */
export function applyWarningFlags(diags: Diagnostic[], o: CcOptions): { shown: Diagnostic[]; failed: boolean } {
  const w = o.warnings;
  const shown: Diagnostic[] = [];
  let failed = false;
  for (const d of diags) {
    if (d.severity !== "warning") {
      shown.push(d);
      continue;
    }
    const name = warningName(d);
    if (w.none || (name && w.disabled.has(name))) continue;
    const asError = name ? w.errors.has(name) || (w.error && !w.notErrors.has(name)) : w.error;
    failed ||= asError;
    const tag = name ? (asError ? ` [-Werror=${name}]` : ` [-W${name}]`) : "";
    shown.push({ ...d, severity: asError ? "error" : "warning", message: d.message + tag });
  }
  return { shown, failed };
}
