// Where `#include` looks (gcc's search order, "Search Path" in the cpp manual):
//   "file": the includer's own directory, then -iquote dirs, then the <file> chain;
//   <file>: -I dirs, then -isystem dirs, then the libc's built-in include directory.
// `#include_next` resumes the <file> chain after the directory the current file came from.
// A file found in a system directory is a system header (line-marker flag 3), and so is a
// file found next to a system header through "…".

export interface IncludeDirs {
  quote?: string[];
  angled?: string[];
  system?: string[];
}

export interface SearchDir {
  dir: string;
  system: boolean;
}

export interface Found {
  path: string;
  /** Index in the chain it was found in; -1 for the includer's directory or an absolute path. */
  index: number;
  system: boolean;
}

/** The whole chain in order: -iquote dirs first, then where <…> search starts. */
export function searchChain(dirs: IncludeDirs): { chain: SearchDir[]; angledStart: number } {
  const quote = (dirs.quote ?? []).map((dir) => ({ dir, system: false }));
  const angled = (dirs.angled ?? []).map((dir) => ({ dir, system: false }));
  const system = (dirs.system ?? []).map((dir) => ({ dir, system: true }));
  return { chain: [...quote, ...angled, ...system], angledStart: quote.length };
}

/** The directory part of a path as gcc joins it: "" for a bare name, "dir/" otherwise. */
export function dirOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash + 1);
}

export function join(dir: string, name: string): string {
  return dir === "" ? name : dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}

/** Finds a header; `exists` asks the file system. */
export function findInclude(
  name: string,
  angled: boolean,
  from: { path: string; system: boolean; index: number } | undefined,
  next: boolean,
  search: { chain: SearchDir[]; angledStart: number },
  exists: (path: string) => boolean,
): Found | undefined {
  if (name.startsWith("/")) return exists(name) ? { path: name, index: -1, system: false } : undefined;
  let start = angled ? search.angledStart : 0;
  if (next && from) start = from.index >= 0 ? from.index + 1 : search.angledStart;
  else if (!angled && from) {
    const path = join(dirOf(from.path), name);
    if (exists(path)) return { path, index: -1, system: from.system };
  }
  for (let i = start; i < search.chain.length; i++) {
    const d = search.chain[i]!;
    const path = join(d.dir, name);
    if (exists(path)) return { path, index: i, system: d.system };
  }
  return undefined;
}
