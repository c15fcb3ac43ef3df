// The initial process stack, built the way fs/exec.c and create_elf_tables() build it.
//
//   STACK_TOP ─┬─ 8 bytes of zero
//              ├─ the file name passed to execve (AT_EXECFN points here)
//              ├─ envp strings, last first;  argv strings, last first (argv[0] lowest)
//              ├─ (align down to 16, with ASLR also a random sub-page shift)
//              ├─ AT_PLATFORM string ("x86_64"), then 16 AT_RANDOM bytes
//              ├─ padding so that the final stack pointer is 16-byte aligned
//              ├─ auxv: (type, value) pairs ending with AT_NULL
//              ├─ envp[] pointers, NULL;  argv[] pointers, NULL
//   sp ───────▶└─ argc
//
// The [stack] mapping reaches 128 KiB below the page holding the strings (setup_arg_pages).

import type { AddressSpace } from "../memory.js";
import type { AuxEntry, StackItem } from "../process.js";
import { execError } from "../errors.js";
import { alignDown, hex } from "./headers.js";

export const AT_NAMES: Record<number, string> = {
  0: "AT_NULL", 2: "AT_EXECFD", 3: "AT_PHDR", 4: "AT_PHENT", 5: "AT_PHNUM", 6: "AT_PAGESZ", 7: "AT_BASE",
  8: "AT_FLAGS", 9: "AT_ENTRY", 11: "AT_UID", 12: "AT_EUID", 13: "AT_GID", 14: "AT_EGID", 15: "AT_PLATFORM",
  16: "AT_HWCAP", 17: "AT_CLKTCK", 23: "AT_SECURE", 24: "AT_BASE_PLATFORM", 25: "AT_RANDOM", 26: "AT_HWCAP2",
  27: "AT_RSEQ_FEATURE_SIZE", 28: "AT_RSEQ_ALIGN", 31: "AT_EXECFN", 33: "AT_SYSINFO_EHDR", 51: "AT_MINSIGSTKSZ",
};
export const AT = Object.fromEntries(Object.entries(AT_NAMES).map(([k, v]) => [v, Number(k)])) as Record<string, number>;

const STACK_EXPAND = 128n << 10n;
const ARG_MAX = 2n << 20n; // RLIMIT_STACK / 4

export interface StackStrings {
  random: bigint;
  execfn: bigint;
  platform: bigint;
}

export interface BuiltStack {
  sp: bigint;
  auxv: AuxEntry[];
  items: StackItem[];
  vmaStart: bigint;
}

const utf8 = new TextEncoder();
const cstring = (s: string): Uint8Array => {
  const b = utf8.encode(s);
  const out = new Uint8Array(b.length + 1);
  out.set(b);
  return out;
};

export function buildStack(
  space: AddressSpace,
  top: bigint,
  page: bigint,
  strings: { execfn: string; argv: string[]; envp: string[]; platform: string; random: Uint8Array },
  alignStack: (p: bigint) => bigint,
  makeAuxv: (at: StackStrings) => Array<[number, bigint]>,
): BuiltStack {
  const { argv, envp } = strings;
  const total = [strings.execfn, ...argv, ...envp].reduce((n, s) => n + BigInt(utf8.encode(s).length + 1), 0n);
  if (total > ARG_MAX) execError(strings.execfn, "E2BIG", `argument and environment strings take ${total} bytes, more than ${ARG_MAX}`);
  // The strings live in the top pages; map a generous stack first so writes land.
  const vmaFloor = alignDown(top - total - 8n, page) - STACK_EXPAND;
  space.map({ start: vmaFloor, end: top, perms: "rw-", offset: 0n, path: "[stack]" });

  const items: StackItem[] = [{ address: top - 8n, size: 8, label: "end marker", value: "0" }];
  let p = top - 8n;
  const put = (s: string, label: string): bigint => {
    const bytes = cstring(s);
    p -= BigInt(bytes.length);
    space.write(p, bytes);
    items.push({ address: p, size: bytes.length, label, value: JSON.stringify(s) });
    return p;
  };
  const execfn = put(strings.execfn, "execfn");
  const envAt: bigint[] = [];
  for (let i = envp.length - 1; i >= 0; i--) envAt[i] = put(envp[i]!, `envp[${i}] string`);
  const argAt: bigint[] = [];
  for (let i = argv.length - 1; i >= 0; i--) argAt[i] = put(argv[i]!, `argv[${i}] string`);
  // setup_arg_pages: the VMA now starts 128 KiB below the lowest string page.
  const vmaStart = alignDown(p, page) - STACK_EXPAND;
  space.unmap(vmaFloor, vmaStart);

  p = alignStack(p);
  const platform = put(strings.platform, "AT_PLATFORM string");
  p -= 16n;
  space.write(p, strings.random);
  items.push({ address: p, size: 16, label: "AT_RANDOM bytes", value: [...strings.random].map((b) => b.toString(16).padStart(2, "0")).join("") });

  const pairs = [...makeAuxv({ random: p, execfn, platform }), [0, 0n] as [number, bigint]];
  const words = 1 + argv.length + 1 + envp.length + 1 + pairs.length * 2;
  const sp = (p - BigInt(words) * 8n) & ~0xfn;
  if (sp + BigInt(words) * 8n < p) items.push({ address: sp + BigInt(words) * 8n, size: Number(p - sp) - words * 8, label: "padding", value: "" });

  let at = sp;
  const word = (value: bigint, label: string, shown = hex(value)): void => {
    space.writeU64(at, value);
    items.push({ address: at, size: 8, label, value: shown });
    at += 8n;
  };
  word(BigInt(argv.length), "argc", String(argv.length));
  argAt.forEach((a, i) => word(a, `argv[${i}]`));
  word(0n, `argv[${argv.length}]`, "NULL");
  envAt.forEach((a, i) => word(a, `envp[${i}]`));
  word(0n, `envp[${envp.length}]`, "NULL");
  const auxv: AuxEntry[] = [];
  for (const [type, value] of pairs) {
    const name = AT_NAMES[type] ?? `AT_${type}`;
    auxv.push({ type, name, value });
    word(BigInt(type), `auxv ${name}`, String(type));
    word(value, `  ${name} value`);
  }
  items.sort((a, b) => (a.address < b.address ? 1 : -1));
  return { sp, auxv, items, vmaStart };
}
