// Builds Glass libc WITH Glass (as tcc builds libtcc1.a): for each target, every C and
// assembly source under src/ (the portable areas plus src/<machine>/) is compiled by ONE
// `glass cc -c` process (one process per file would spend most of the build starting node),
// crt1.o is kept apart, and the rest goes into libc.a with `glass ar rcs`; a second,
// position-independent compile is linked into libc.so with `glass ld -shared`.
// Output: build/<machine>/{crt1.o,libc.a,libc.so}; `--out DIR` writes DIR/<machine>/… instead
// (to try a change to the library without touching the build every `glass cc` links).
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, renameSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { basename, join, relative, resolve } from "node:path";

const root = fileURLToPath(new URL("..", import.meta.url));
const glass = join(root, "../driver/bin/glass.js");
const machines = ["x86_64", "aarch64"];
// The library's own sources are not programs: they do not carry stdio.h's mark that links
// printf's floating conversions (include/stdio.h, __format_double).
const libraryFlags = ["-D_GLASS_LIBC_SOURCE", "-ffunction-sections", "-fdata-sections"];
const outFlag = process.argv.indexOf("--out");
const outRoot = outFlag < 0 ? join(root, "build") : resolve(process.argv[outFlag + 1] ?? "");
if (outFlag >= 0 && !process.argv[outFlag + 1]) {
  console.error("libc: --out needs a directory");
  process.exit(1);
}

// Runs the glass CLI; its own diagnostics are the error report, so no JavaScript stack here.
function sh(args, cwd) {
  try {
    execFileSync(process.execPath, [glass, ...args], { cwd, stdio: "inherit" });
  } catch {
    console.error(`libc: 'glass ${args.slice(0, 3).join(" ")} …' failed (see above)`);
    process.exit(1);
  }
}

const areas = readdirSync(join(root, "src")).filter(
  (d) => statSync(join(root, "src", d)).isDirectory() && d !== "internal" && !machines.includes(d),
);

for (const machine of machines) {
  const out = join(outRoot, machine);
  const objDir = join(out, "obj");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(objDir, { recursive: true });
  const sources = [...areas, machine]
    .flatMap((dir) => readdirSync(join(root, "src", dir)).map((f) => `${dir}/${f}`))
    .filter((f) => /\.[cs]$/.test(f))
    .sort();
  // `glass cc -c` names each object after its source's basename, in the working directory.
  const objects = sources.map((f) => basename(f).replace(/\.[cs]$/, ".o"));
  const twin = objects.find((o, i) => objects.indexOf(o) !== i);
  if (twin) throw new Error(`libc: two sources would both compile to ${twin}: rename one`);
  // Relative paths, so the objects (their STT_FILE symbols) do not depend on where the
  // repository is checked out: the same build gives the same bytes anywhere.
  sh(["cc", `--target=${machine}-linux-gnu`, ...libraryFlags, "-c", ...sources.map((f) => relative(objDir, join(root, "src", f)))], objDir);
  renameSync(join(objDir, "crt1.o"), join(out, "crt1.o"));
  const members = objects.filter((o) => o !== "crt1.o");
  sh(["ar", "rcs", join(out, "libc.a"), ...members], objDir);
  // libc.so: the same sources compiled as position-independent code, linked -shared, so
  // dynamic linking can be taught end to end without glibc (glibc's ld.so loads it).
  const picDir = join(out, "obj-pic");
  mkdirSync(picDir);
  const picSources = sources.filter((f) => basename(f) !== "crt1.s");
  sh(["cc", `--target=${machine}-linux-gnu`, ...libraryFlags, "-fPIC", "-c", ...picSources.map((f) => relative(picDir, join(root, "src", f)))], picDir);
  sh(["ld", "-shared", "-soname", "libc.so", "-o", join(out, "libc.so"), ...members], picDir);
  console.log(`libc: built ${machine}: crt1.o, libc.a and libc.so (${members.length} members)`);
}
