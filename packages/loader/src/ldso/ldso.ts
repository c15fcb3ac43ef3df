// What glibc's ld.so (2.36) does between the kernel's jump to its entry and the program's
// _start — rtld.c dl_main, as a list of passes:
//
//   1. describe the executable (l_addr from AT_PHDR − PT_PHDR) and ld.so itself (AT_BASE)
//   2. load LD_PRELOAD's objects, then DT_NEEDED breadth-first: search, check, map (search.ts, map-object.ts)
//   3. check symbol versions (DT_VERNEED against the providers' DT_VERDEF)
//   4. allocate the static TLS block and thread control block
//   5. relocate every object, dependencies first, ld.so last (relocate.ts), then RELRO
//   6. list the initializers: the executable's DT_PREINIT_ARRAY, then DT_INIT and DT_INIT_ARRAY
//      of each object in dependency order, the executable last
//
// The anonymous mappings ld.so itself makes are modelled on glibc 2.36: two pages for its
// minimal malloc, the ld.so.cache file while it is being searched (unmapped afterwards,
// leaving a hole), and the static TLS block mmapped after the libraries.

import { DT_FLAGS, DT_FLAGS_1, DT_RELACOUNT, DT_INIT, DT_INIT_ARRAY, DT_INIT_ARRAYSZ, DT_NEEDED, DT_PREINIT_ARRAY, DT_PREINIT_ARRAYSZ, DT_RPATH, DT_RUNPATH, DT_SONAME, DF_1_NOW, DF_BIND_NOW, PT_DYNAMIC, PT_GNU_RELRO, PT_PHDR, PT_TLS } from "@glass/elf";
import { alignUp } from "../kernel/headers.js";
import { openFile, type KernelResult } from "../kernel/execve.js";
import { MemoryFault } from "../memory.js";
import type { Initializer, LoadOptions } from "../process.js";
import { LdsoContext } from "./context.js";
import type { DebugLog } from "./debug-log.js";
import { LinkMap } from "./link-map.js";
import { lookupSymbol } from "./lookup.js";
import { mapLibrary, relroRange } from "./map-object.js";
import { relocateObject } from "./relocate.js";
import { staticTls, type TlsModule } from "./tls.js";
import { DirLabels, expand, findLibrary, originOf, parseLdCache } from "./search.js";

export interface LdsoResult {
  ctx: LdsoContext;
  maps: LinkMap[];
  initializers: Initializer[];
  tls: TlsModule[];
  /** ld.so's allocation holding the static TLS blocks and the thread control block. */
  tlsBlock: { start: bigint; end: bigint };
}

const hex16 = (x: bigint): string => "0x" + x.toString(16).padStart(16, "0");

export function runLdso(k: KernelResult, opts: LoadOptions, log: DebugLog): LdsoResult {
  const { arch, space } = k;
  const programName = k.argv[0] ?? k.programPath;
  const page = arch.pageSize;

  // 1. The executable and ld.so.
  const pPhdr = k.program.phdrs.find((p) => p.p_type === PT_PHDR);
  const l_addr = pPhdr ? k.phdr - pPhdr.p_vaddr : 0n;
  const pDyn = k.program.phdrs.find((p) => p.p_type === PT_DYNAMIC);
  const main = new LinkMap(space, {
    name: programName, path: k.programPath, base: l_addr, start: k.bias, end: k.brk, entry: k.entry, phdr: k.phdr,
    phnum: k.program.header.e_phnum, dynamic: pDyn ? l_addr + pDyn.p_vaddr : 0n, kind: "executable", needed: [],
  }, k.program.bytes);
  const ctx: LdsoContext = new LdsoContext(arch, space, log, programName, main);
  const guard = <T>(f: () => T, what: string): T => {
    try {
      return f();
    } catch (e) {
      if (e instanceof MemoryFault) ctx.fatal(`ld.so would crash with SIGSEGV (${e.message}) while ${what}`, "", "fatal");
      if (e instanceof Error && !(e.name === "GlassError")) ctx.fatal(`${e.message} while ${what}`, "", "fatal");
      throw e;
    }
  };
  if (!pDyn) ctx.fatal("the executable has PT_INTERP but no PT_DYNAMIC: ld.so would crash", "", "fatal");
  guard(() => main.readDynamic(), "reading the executable's .dynamic");
  const interp = k.interp!;
  const iDyn = interp.elf.phdrs.find((p) => p.p_type === PT_DYNAMIC);
  const rtld = new LinkMap(space, {
    name: interp.path, path: interp.path, base: interp.bias, start: interp.bias, end: interp.bias, entry: interp.bias + interp.elf.header.e_entry,
    phdr: 0n, phnum: interp.elf.header.e_phnum, dynamic: iDyn ? interp.bias + iDyn.p_vaddr : 0n, kind: "interpreter", needed: [],
  }, interp.elf.bytes);
  if (iDyn) guard(() => rtld.readDynamic(), "reading ld.so's .dynamic");
  const soname = (m: LinkMap): string | undefined => (m.dyn.has(DT_SONAME) ? m.string(m.value(DT_SONAME)!) : undefined);
  const rtldSoname = iDyn ? soname(rtld) : undefined;

  // ld.so's minimal malloc takes two pages before anything else is mapped.
  mmapAnon(2n * page);

  // 2. LD_PRELOAD, then DT_NEEDED breadth-first.
  const env = new Map(k.envp.map((e) => [e.slice(0, e.indexOf("=")), e.slice(e.indexOf("=") + 1)] as [string, string]));
  const bindNow = opts.bindNow || env.get("LD_BIND_NOW") !== undefined && env.get("LD_BIND_NOW") !== "" ||
    ((main.value(DT_FLAGS) ?? 0n) & BigInt(DF_BIND_NOW)) !== 0n || ((main.value(DT_FLAGS_1) ?? 0n) & BigInt(DF_1_NOW)) !== 0n;
  let cacheMap: Map<string, string> | undefined | null = null;
  let cacheRange: { start: bigint; end: bigint } | undefined;
  const cache = (): Map<string, string> | undefined => {
    if (cacheMap !== null) return cacheMap;
    const bytes = openFile(opts, "/etc/ld.so.cache");
    cacheMap = bytes ? parseLdCache(bytes, [arch.ldCacheFlags]) : undefined;
    if (bytes && cacheMap) {
      const start = mmapAnon(alignUp(BigInt(bytes.length), page), "/etc/ld.so.cache");
      cacheRange = { start, end: start + alignUp(BigInt(bytes.length), page) };
    }
    return cacheMap;
  };
  const loaded: LinkMap[] = [main];
  const sonames = new Map<LinkMap, string | undefined>([[main, undefined], [rtld, rtldSoname]]);
  let libTls = 0n;
  const relros = new Map<LinkMap, { start: bigint; end: bigint } | undefined>();
  const mainOrigin = originOf(k.programPath, opts.cwd, true);
  const mainRpath = main.dyn.has(DT_RPATH) && !main.dyn.has(DT_RUNPATH) ? { origin: mainOrigin, path: main.string(main.value(DT_RPATH)!), object: programName } : undefined;
  const labels = new DirLabels();
  if (main.dyn.has(DT_RUNPATH)) labels.note(expand(main.string(main.value(DT_RUNPATH)!), mainOrigin), `RUNPATH from file ${programName}`);
  else if (mainRpath) labels.note(expand(mainRpath.path, mainOrigin), `RPATH from file ${programName}`);
  if (env.get("LD_LIBRARY_PATH")) labels.note(expand(env.get("LD_LIBRARY_PATH")!, mainOrigin), "LD_LIBRARY_PATH");
  // A library ld.so has not loaded yet: searched for on behalf of `m`, mapped, described.
  // Returns ld.so's error string (without the object's name) when it cannot be loaded.
  const loadObject = (name: string, m: LinkMap): LinkMap | { error: string; object: string } => {
    const found = findLibrary({
      name, origin: m === main ? mainOrigin : originOf(m.info.path, opts.cwd, false), mainOrigin, requester: m.name,
      rpath: m.dyn.has(DT_RPATH) ? m.string(m.value(DT_RPATH)!) : undefined,
      runpath: m.dyn.has(DT_RUNPATH) ? m.string(m.value(DT_RUNPATH)!) : undefined,
      mainRpath: m === main ? undefined : mainRpath,
      ldLibraryPath: env.get("LD_LIBRARY_PATH"), systemDirs: arch.systemDirs,
      open: (p) => openFile(opts, p), cache, log, labels,
    });
    if (!found) return { error: "cannot open shared object file", object: name };
    const mapped = mapLibrary(space, arch, found.bytes, found.path, found.path, k.mmapBase);
    if (typeof mapped === "string") return { error: mapped, object: found.path };
    const lib = new LinkMap(space, mapped.info, found.bytes);
    guard(() => lib.readDynamic(), `reading the .dynamic of ${found.path}`);
    sonames.set(lib, soname(lib));
    relros.set(lib, mapped.relro);
    libTls += alignUp(mapped.tlsSize, 64n);
    log.add("files", `file=${name} [0];  generating link map`);
    log.add("files", `  dynamic: ${hex16(lib.info.dynamic)}  base: ${hex16(lib.l_addr)}   size: ${hex16(mapped.size)}\n    entry: ${hex16(lib.info.entry)}  phdr: ${hex16(lib.info.phdr)}  phnum:   ${String(lib.info.phnum).padStart(16)}\n`);
    if (!lib.hasHash()) ctx.warnings.push(`${found.path} has neither DT_GNU_HASH nor DT_HASH: no symbol can be found in it`);
    return lib;
  };
  const known = (name: string): LinkMap | undefined =>
    [...loaded, rtld].find((l) => l !== main && (l.name === name || sonames.get(l) === name || l.info.path === name));

  // LD_PRELOAD, then /etc/ld.so.preload (rtld.c handle_preload_list, do_preload): each object
  // is loaded right after the executable, on the executable's behalf, and comes before its
  // DT_NEEDED libraries in the global scope — so its definitions interpose on theirs. One
  // that cannot be loaded is reported and skipped, not fatal.
  const preloadFile = openFile(opts, "/etc/ld.so.preload");
  const preloads: Array<[string, string]> = [
    ...(env.get("LD_PRELOAD") ?? "").split(/[ :]/).filter(Boolean).map((n): [string, string] => [n, "LD_PRELOAD"]),
    ...(preloadFile ? new TextDecoder().decode(preloadFile).split(/[ \t\n:]/).filter(Boolean).map((n): [string, string] => [n, "/etc/ld.so.preload"]) : []),
  ];
  for (const [name, from] of preloads) {
    const had = known(name);
    if (!had) log.add("files", `\nfile=${name} [0];  needed by ${main.name} [0]`);
    const lib = had ?? loadObject(name, main);
    if (lib instanceof LinkMap) {
      if (!loaded.includes(lib)) loaded.push(lib);
    } else ctx.warnings.push(`ERROR: ld.so: object '${name}' from ${from} cannot be preloaded (${lib.error}): ignored.`);
  }

  // DT_NEEDED, breadth-first from the executable and the preloaded objects.
  for (let qi = 0; qi < loaded.length; qi++) {
    const m = loaded[qi]!;
    if (m === rtld) continue;
    for (const off of m.dyn.get(DT_NEEDED) ?? []) {
      const name = guard(() => m.string(off), `reading DT_NEEDED of ${m.name}`);
      m.info.needed.push(name);
      // _dl_map_object: a name already loaded (l_name or DT_SONAME) is that object, silently.
      const had = known(name);
      if (!had) log.add("files", `\nfile=${name} [0];  needed by ${m.name} [0]`);
      const lib = had ?? loadObject(name, m);
      if (!(lib instanceof LinkMap)) {
        ctx.fatal(lib.error === "cannot open shared object file" ? `${lib.error}: No such file or directory` : lib.error, lib.object);
      }
      if (!m.deps.includes(lib)) m.deps.push(lib);
      if (!loaded.includes(lib)) loaded.push(lib);
    }
  }
  const scope = loaded;
  ctx.scope = scope;
  const all = scope.includes(rtld) ? scope : [...scope, rtld];

  // 3. Versions.
  for (const m of all) {
    const needs = guard(() => m.readVersions(), `reading the version tables of ${m.name}`);
    for (const need of needs) {
      const provider = all.find((l) => l.name === need.file || sonames.get(l) === need.file);
      if (!provider) continue;
      if (provider.versions.length === 0) guard(() => provider.readVersions(), `reading the version tables of ${provider.name}`);
      log.add("versions", `checking for version \`${need.name}' in file ${provider.info.path} [0] required by file ${m.name} [0]`);
      if (!provider.definesVersion(need.name) && !need.weak) {
        ctx.fatal(`version \`${need.name}' not found (required by ${m.name})`, provider.info.path);
      }
    }
  }
  log.add("scopes", "\nInitial object scopes");
  for (const m of all) {
    log.add("scopes", `object=${m.name} [0]`);
    log.add("scopes", scope.includes(m) && m !== rtld ? ` scope 0: ${scope.map((s) => s.name).join(" ")}\n` : " no scope\n");
  }

  // 4. Static TLS block + TCB (init_tls): one minimal-malloc allocation — the modules' PT_TLS
  // blocks, the static TLS surplus (1664 bytes in 2.36, 64-aligned) and the TCB — so its size
  // rounded up to pages, plus one more page.
  const tls = (phdrs: { p_type: number; p_memsz: bigint }[]): bigint => alignUp(phdrs.find((p) => p.p_type === PT_TLS)?.p_memsz ?? 0n, 64n);
  const tlsSize = tls(k.program.phdrs) + tls(interp.elf.phdrs) + libTls + 1664n + 64n + arch.tcbSize;
  const tlsStart = mmapAnon(alignUp(tlsSize, page) + page);
  const tlsBlock = { start: tlsStart, end: tlsStart + alignUp(tlsSize, page) + page };
  const tlsModules = staticTls(arch, loaded);

  // 5. Relocation, dependencies first; ld.so's own relocation last; then RELRO.
  const order = initOrder(scope);
  const mainRelro = k.program.phdrs.find((p) => p.p_type === PT_GNU_RELRO);
  relros.set(main, mainRelro ? relroRange(l_addr, mainRelro.p_vaddr, mainRelro.p_memsz, page) : undefined);
  for (const m of order) {
    if (m === rtld) continue;
    guard(() => relocateObject(ctx, m, !bindNow), `relocating ${m.name}`);
    const r = relros.get(m);
    if (r) space.protect(r.start, r.end, "r--");
  }
  const libc = scope.find((m) => sonames.get(m) === "libc.so.6");
  if (libc) {
    // __rtld_malloc_init_real: ld.so switches to libc's malloc, looking it up from the executable.
    const version = libc.versions.find((v) => v && v.name === arch.glibcBaseVersion);
    for (const name of ["calloc", "free", "malloc", "realloc"]) {
      ctx.stats.lookups++;
      const f = lookupSymbol(name, scope, version, { plt: false, log });
      if (f) ctx.bind(main, f, name, version?.name);
    }
  }
  if (iDyn) {
    guard(() => relocateObject(ctx, rtld, false), "relocating ld.so");
    const r = interp.elf.phdrs.find((p) => p.p_type === PT_GNU_RELRO);
    const range = r ? relroRange(interp.bias, r.p_vaddr, r.p_memsz, page) : undefined;
    if (range) space.protect(range.start, range.end, "r--");
  }
  if (cacheRange) space.unmap(cacheRange.start, cacheRange.end);
  // setup_vdso_pointers looks each vdso function up (the vdso's own bindings, not simulated).
  ctx.stats.lookups += arch.vdsoSymbols.length;
  log.add("statistics", statistics(ctx, scope));

  // 6. Initializers (_dl_init): the executable's DT_PREINIT_ARRAY, then each object in
  // dependency order; the executable's own run last, from __libc_start_main.
  const initializers: Initializer[] = [];
  const list = (m: LinkMap, kinds: Initializer["kind"][]): void => {
    guard(() => initializers.push(...initializersOf(m, kinds)), `reading the initializers of ${m.name}`);
  };
  if (main.dyn.has(DT_PREINIT_ARRAY) && (main.value(DT_PREINIT_ARRAYSZ) ?? 0n) >= 8n) log.add("impcalls", `\ncalling preinit: ${main.name}\n`);
  list(main, ["DT_PREINIT_ARRAY"]);
  for (const m of order.filter((m) => m !== main)) {
    log.add("impcalls", `\ncalling init: ${m.info.path}\n`);
    list(m, ["DT_INIT", "DT_INIT_ARRAY"]);
  }
  log.add("impcalls", `\ninitialize program: ${main.name}\n`);
  list(main, ["DT_INIT", "DT_INIT_ARRAY"]);
  log.add("impcalls", `\ntransferring control: ${programName}\n`);
  // At exit (_dl_fini) the counters include the lookups of lazy PLT calls made while the
  // program ran: known only when every slot was bound at startup.
  if (bindNow || !ctx.relocations.some((r) => r.note?.startsWith("lazy:"))) {
    log.add("statistics", `\nruntime linker statistics:\n           final number of relocations: ${ctx.stats.lookups}\nfinal number of relocations from cache: ${ctx.stats.fromCache}`);
  }
  return { ctx, maps: all, initializers, tls: tlsModules, tlsBlock };

  function mmapAnon(size: bigint, path = ""): bigint {
    const at = space.findFree(size, k.mmapBase);
    if (at === undefined) return ctx.fatal("cannot allocate memory", "");
    space.map({ start: at, end: at + size, perms: path ? "r--" : "rw-", offset: 0n, path });
    return at;
  }
}

/**
 * rtld.c print_statistics without its timings (the cycle counts of a real run, printed only
 * where glibc has HP_TIMING, with the block's header): the lookups and cache hits so far,
 * and the DT_RELACOUNT of every object in the global scope.
 */
function statistics(ctx: LdsoContext, scope: LinkMap[]): string {
  const relative = scope.reduce((n, m) => n + (m.value(DT_RELACOUNT) ?? 0n), 0n);
  return [
    ...(ctx.arch.hpTiming ? ["\nruntime linker statistics:"] : []),
    `                 number of relocations: ${ctx.stats.lookups}`,
    `      number of relocations from cache: ${ctx.stats.fromCache}`,
    `        number of relative relocations: ${relative}`,
  ].join("\n");
}

/** _dl_sort_maps (DFS): reverse post-order over DT_NEEDED edges, reversed again = init order. */
export function initOrder(maps: LinkMap[]): LinkMap[] {
  const seen = new Set<LinkMap>();
  const post: LinkMap[] = [];
  const visit = (m: LinkMap): void => {
    seen.add(m);
    for (const d of m.deps) if (!seen.has(d)) visit(d);
    post.push(m);
  };
  for (let i = maps.length - 1; i >= 0; i--) if (!seen.has(maps[i]!)) visit(maps[i]!);
  return post;
}

/** The functions of `kinds` an object lists in its .dynamic, in calling order, named when possible. */
function initializersOf(m: LinkMap, kinds: Initializer["kind"][]): Initializer[] {
  const out: Initializer[] = [];
  const add = (kind: Initializer["kind"], address: bigint): void => {
    const symbol = m.nameOf(address);
    out.push(symbol ? { object: m.name, kind, address, symbol } : { object: m.name, kind, address });
  };
  const array = (tag: number, sizeTag: number, kind: Initializer["kind"]): void => {
    const at = m.address(tag);
    const n = Number((m.value(sizeTag) ?? 0n) / 8n);
    for (let i = 0; at !== undefined && i < n && i < 4096; i++) add(kind, m.mem.readU64(at + BigInt(i * 8)));
  };
  for (const kind of kinds) {
    if (kind === "DT_PREINIT_ARRAY") array(DT_PREINIT_ARRAY, DT_PREINIT_ARRAYSZ, kind);
    if (kind === "DT_INIT" && m.address(DT_INIT) !== undefined) add(kind, m.address(DT_INIT)!);
    if (kind === "DT_INIT_ARRAY") array(DT_INIT_ARRAY, DT_INIT_ARRAYSZ, kind);
  }
  return out;
}
