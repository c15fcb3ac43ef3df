// A small getopt for the BFD tools: short flags (combinable, "-gS"), long flags, "--x=value"
// and "-j value" style values. Unknown options are reported in getopt's words.

export interface OptionSpec {
  /** Letters that take no value → the name they set. */
  short: Record<string, string>;
  /** Long spellings (without "--") → name; names ending in "=" take a value. */
  long: Record<string, string>;
  /** Short letters that take a value (the rest of the word or the next argument). */
  valued?: Record<string, string>;
}

export interface ParsedOptions {
  flags: Set<string>;
  values: Map<string, string[]>;
  files: string[];
}

export function parseArgs(args: string[], spec: OptionSpec): ParsedOptions | { error: string } {
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  const files: string[] = [];
  const set = (name: string, value?: string): void => {
    if (value === undefined) flags.add(name);
    else values.set(name, [...(values.get(name) ?? []), value]);
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith("--") && arg.length > 2) {
      const [key, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      const name = spec.long[key] ?? spec.long[key + "="];
      if (!name) return { error: `unrecognized option '${arg}'` };
      if (name.endsWith("=")) {
        const value = inline ?? args[++i];
        if (value === undefined) return { error: `option '--${key}' requires an argument` };
        set(name.slice(0, -1), value);
      } else set(name);
    } else if (arg.startsWith("-") && arg.length > 1) {
      for (let k = 1; k < arg.length; k++) {
        const letter = arg[k]!;
        const valued = spec.valued?.[letter];
        if (valued) {
          const value = k + 1 < arg.length ? arg.slice(k + 1) : args[++i];
          if (value === undefined) return { error: `option requires an argument -- '${letter}'` };
          set(valued, value);
          break;
        }
        const name = spec.short[letter];
        if (!name) return { error: `invalid option -- '${letter}'` };
        set(name);
      }
    } else files.push(arg);
  }
  return { flags, values, files };
}

/** JSON with bigints as "0x…" strings ("-0x…" when negative; addresses as numbers would lose bits). */
export function toJson(value: unknown): string {
  const hex = (v: bigint): string => (v < 0n ? "-0x" + (-v).toString(16) : "0x" + v.toString(16));
  return JSON.stringify(value, (_, v) => (typeof v === "bigint" ? hex(v) : v), 2) + "\n";
}
