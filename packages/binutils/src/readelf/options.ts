// readelf's command line: short flags (combinable: -hSsrW), their long spellings, files.

export interface ReadelfOptions {
  fileHeader: boolean;
  sectionHeaders: boolean;
  symbols: boolean;
  relocs: boolean;
  wide: boolean;
  files: string[];
}

const SHORT: Record<string, keyof Omit<ReadelfOptions, "files">> = {
  h: "fileHeader",
  S: "sectionHeaders",
  s: "symbols",
  r: "relocs",
  W: "wide",
};

const LONG: Record<string, keyof Omit<ReadelfOptions, "files">> = {
  "--file-header": "fileHeader",
  "--section-headers": "sectionHeaders",
  "--sections": "sectionHeaders",
  "--syms": "symbols",
  "--symbols": "symbols",
  "--relocs": "relocs",
  "--wide": "wide",
};

/** Parsed options, or the message for the first argument readelf would reject. */
export function parseOptions(args: string[]): ReadelfOptions | { error: string } {
  const options: ReadelfOptions = { fileHeader: false, sectionHeaders: false, symbols: false, relocs: false, wide: false, files: [] };
  for (const arg of args) {
    if (arg.startsWith("--")) {
      const key = LONG[arg];
      if (!key) return { error: `unrecognized option '${arg}'` };
      options[key] = true;
    } else if (arg.startsWith("-") && arg.length > 1) {
      for (const letter of arg.slice(1)) {
        const key = SHORT[letter];
        if (!key) return { error: `invalid option -- '${letter}'` };
        options[key] = true;
      }
    } else {
      options.files.push(arg);
    }
  }
  return options;
}
