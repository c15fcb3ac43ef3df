// The C standard being preprocessed for (`-std=`), and what it changes, as gcc does it:
//   __STDC_VERSION__  199409L (C94), 199901L (C99), 201112L (C11), 201710L (C17); none for C89;
//   strict ISO modes (c89 … c17, iso9899:…) define __STRICT_ANSI__, drop the macros outside
//   the reserved name space (`linux`, `unix`) and turn trigraphs on (C11 5.2.1.1);
//   __STDC_UTF_16__/__STDC_UTF_32__ exist from C11 on, and in the GNU modes from gnu99 on.
// The GNU modes (gnu89 … gnu17) keep trigraphs off. Glass's default is gnu11.

import { GlassError, error } from "@glass/diagnostics";

export interface Standard {
  /** `__STDC_VERSION__`, absent for C89/C90. */
  version?: string;
  /** An ISO mode (`c11`), not a GNU one (`gnu11`). */
  strict: boolean;
}

const VERSIONS: Record<string, string | undefined> = {
  "89": undefined, "90": undefined, "99": "199901L", "9x": "199901L",
  "11": "201112L", "1x": "201112L", "17": "201710L", "18": "201710L",
};
const ISO: Record<string, string | undefined> = {
  "1990": undefined, "199409": "199409L", "1999": "199901L", "199x": "199901L",
  "2011": "201112L", "2017": "201710L", "2018": "201710L",
};

/** Reads a `-std=` value (c99, gnu11, iso9899:2011 …). */
export function parseStandard(name: string): Standard {
  const m = /^(c|gnu|iso9899:)(\w+)$/.exec(name);
  const table = m?.[1] === "iso9899:" ? ISO : VERSIONS;
  if (!m || !(m[2]! in table)) throw new GlassError([error(`unrecognized command-line option '-std=${name}'`)]);
  const version = table[m[2]!];
  return { ...(version ? { version } : {}), strict: m[1] !== "gnu" };
}

/** The predefined macros a standard adds, as (name, value). */
export function standardMacros(std: Standard): [string, string][] {
  const out: [string, string][] = [["__STDC__", "1"]];
  if (std.version) out.push(["__STDC_VERSION__", std.version]);
  out.push(["__STDC_HOSTED__", "1"]);
  if (std.version && (std.version >= "201112L" || (!std.strict && std.version >= "199901L")))
    out.push(["__STDC_UTF_16__", "1"], ["__STDC_UTF_32__", "1"]);
  if (std.strict) out.push(["__STRICT_ANSI__", "1"]);
  return out;
}

/** Whether a target macro exists in this mode: strict modes keep only reserved names (`__linux__`, not `linux`). */
export const keepsMacro = (std: Standard, name: string): boolean => !std.strict || name.startsWith("_");
