// readelf's command line: short flags (combinable: -hSsrW), their long spellings, files.
// -e stands for several listings, as in GNU readelf; -x/-p (--hex-dump=/--string-dump=) take a
// section name or number, as the rest of the word or the next argument. -a is GNU's "all":
// -h -l -S -s -r -d -V -A -I -n -g -u. -A (arch-specific) prints nothing for x86-64 and
// AArch64 in readelf 2.40, so it only counts as a listing asked for.

import type { DumpRequest } from "./dumps.js";

export interface ReadelfOptions {
  fileHeader: boolean;
  programHeaders: boolean;
  sectionHeaders: boolean;
  symbols: boolean;
  relocs: boolean;
  dynamic: boolean;
  notes: boolean;
  dynSyms: boolean;
  versions: boolean;
  sectionDetails: boolean;
  groups: boolean;
  unwind: boolean;
  histogram: boolean;
  archSpecific: boolean;
  json: boolean;
  wide: boolean;
  dumps: DumpRequest[];
  files: string[];
}

type Listing = keyof Omit<ReadelfOptions, "files" | "dumps">;

const SHORT: Record<string, Listing[]> = {
  h: ["fileHeader"],
  l: ["programHeaders"],
  S: ["sectionHeaders"],
  s: ["symbols"],
  r: ["relocs"],
  d: ["dynamic"],
  n: ["notes"],
  W: ["wide"],
  V: ["versions"],
  e: ["fileHeader", "programHeaders", "sectionHeaders"],
  t: ["sectionHeaders", "sectionDetails"],
  g: ["groups"],
  u: ["unwind"],
  I: ["histogram"],
  A: ["archSpecific"],
  a: ["fileHeader", "programHeaders", "sectionHeaders", "symbols", "relocs", "dynamic", "versions", "archSpecific", "histogram", "notes", "groups", "unwind"],
};

const LONG: Record<string, Listing[]> = {
  "--file-header": ["fileHeader"],
  "--program-headers": ["programHeaders"],
  "--segments": ["programHeaders"],
  "--section-headers": ["sectionHeaders"],
  "--sections": ["sectionHeaders"],
  "--syms": ["symbols"],
  "--symbols": ["symbols"],
  "--relocs": ["relocs"],
  "--dynamic": ["dynamic"],
  "--notes": ["notes"],
  "--wide": ["wide"],
  "--headers": SHORT.e!,
  "--dyn-syms": ["dynSyms"],
  "--version-info": ["versions"],
  "--section-details": SHORT.t!,
  "--section-groups": ["groups"],
  "--unwind": ["unwind"],
  "--histogram": ["histogram"],
  "--arch-specific": ["archSpecific"],
  "--all": SHORT.a!,
  "--json": ["json"],
};

const DUMPS: Record<string, DumpRequest["kind"]> = { x: "hex", p: "string", "--hex-dump": "hex", "--string-dump": "string" };

/** request_dump: an argument strtoul reads whole (base 0: 0x…, 0…, decimal) names a section by index. */
function dumpRequest(kind: DumpRequest["kind"], arg: string): DumpRequest {
  const radix = /^0x[0-9a-f]+$/i.test(arg) ? 16 : /^0[0-7]*$/.test(arg) ? 8 : /^[1-9][0-9]*$/.test(arg) ? 10 : 0;
  return { kind, section: radix === 0 ? arg : parseInt(radix === 16 ? arg.slice(2) : arg, radix) };
}

/** Parsed options, or the message for the first argument readelf would reject. */
export function parseOptions(args: string[]): ReadelfOptions | { error: string } {
  const options: ReadelfOptions = {
    fileHeader: false, programHeaders: false, sectionHeaders: false, symbols: false, relocs: false,
    dynamic: false, notes: false, dynSyms: false, versions: false,
    sectionDetails: false, groups: false, unwind: false, histogram: false, archSpecific: false, json: false, wide: false, dumps: [], files: [],
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith("--")) {
      const [key, value] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
      const dump = DUMPS[key];
      if (dump) {
        const section = value ?? args[++i];
        if (section === undefined) return { error: `option '${key}' requires an argument` };
        options.dumps.push(dumpRequest(dump, section));
        continue;
      }
      const keys = LONG[arg];
      if (!keys) return { error: `unrecognized option '${arg}'` };
      for (const k of keys) options[k] = true;
    } else if (arg.startsWith("-") && arg.length > 1) {
      for (let k = 1; k < arg.length; k++) {
        const letter = arg[k]!;
        const dump = DUMPS[letter];
        if (dump) {
          const section = k + 1 < arg.length ? arg.slice(k + 1) : args[++i];
          if (section === undefined) return { error: `option requires an argument -- '${letter}'` };
          options.dumps.push(dumpRequest(dump, section));
          break;
        }
        const keys = SHORT[letter];
        if (!keys) return { error: `invalid option -- '${letter}'` };
        for (const k of keys) options[k] = true;
      }
    } else {
      options.files.push(arg);
    }
  }
  return options;
}

/** True when some listing (not only --wide) was asked for. */
export function asksForListing(o: ReadelfOptions): boolean {
  const listings: Listing[] = ["fileHeader", "programHeaders", "sectionHeaders", "symbols", "relocs", "dynamic", "notes", "dynSyms", "versions", "groups", "unwind", "histogram", "archSpecific", "json"];
  return listings.some((l) => o[l]) || o.dumps.length > 0;
}
