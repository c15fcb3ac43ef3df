// readelf's command line: short flags (combinable: -hSsrW), their long spellings, files.
// -a and -e stand for several listings, as in GNU readelf.

export interface ReadelfOptions {
  fileHeader: boolean;
  programHeaders: boolean;
  sectionHeaders: boolean;
  symbols: boolean;
  relocs: boolean;
  dynamic: boolean;
  notes: boolean;
  wide: boolean;
  files: string[];
}

type Listing = keyof Omit<ReadelfOptions, "files">;

const SHORT: Record<string, Listing[]> = {
  h: ["fileHeader"],
  l: ["programHeaders"],
  S: ["sectionHeaders"],
  s: ["symbols"],
  r: ["relocs"],
  d: ["dynamic"],
  n: ["notes"],
  W: ["wide"],
  e: ["fileHeader", "programHeaders", "sectionHeaders"],
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
};

/** Parsed options, or the message for the first argument readelf would reject. */
export function parseOptions(args: string[]): ReadelfOptions | { error: string } {
  const options: ReadelfOptions = {
    fileHeader: false, programHeaders: false, sectionHeaders: false, symbols: false, relocs: false,
    dynamic: false, notes: false, wide: false, files: [],
  };
  for (const arg of args) {
    if (arg.startsWith("--")) {
      const keys = LONG[arg];
      if (!keys) return { error: `unrecognized option '${arg}'` };
      for (const k of keys) options[k] = true;
    } else if (arg.startsWith("-") && arg.length > 1) {
      for (const letter of arg.slice(1)) {
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
  return o.fileHeader || o.programHeaders || o.sectionHeaders || o.symbols || o.relocs || o.dynamic || o.notes;
}
