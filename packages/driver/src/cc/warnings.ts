// The warning switches: -w, -Wno-NAME, -Werror, -Werror=NAME, -Wno-error=NAME.
//
// gcc names each optional warning after the switch that controls it and prints the name
// after the message ("… [-Wimplicit-function-declaration]"). The stages report warnings as
// plain messages, so this table gives the gcc name of the ones that have one; a warning
// without a name cannot be switched off (gcc has such warnings too) but -w and -Werror
// still apply to it.

import type { Diagnostic } from "@glass/diagnostics";
import type { CcOptions } from "./options.js";

const names: [RegExp, string][] = [
  [/^implicit declaration of function/, "implicit-function-declaration"],
  [/makes (pointer from integer|integer from pointer) without a cast$/, "int-conversion"],
  [/from incompatible pointer type/, "incompatible-pointer-types"],
  [/^'return' with (no value|a value)/, "return-type"],
  [/^division by zero$/, "div-by-zero"],
  [/^multi-character character constant$/, "multichar"],
  [/^#warning /, "cpp"],
  [/^comparison between pointer and integer$/, "pointer-compare"],
];

/** The gcc switch name of a warning, if it has one. */
export function warningName(d: Diagnostic): string | undefined {
  return names.find(([re]) => re.test(d.message))?.[1];
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
