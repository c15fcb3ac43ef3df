// Which files make up an example, for one target: every .c file of its folder plus the
// assembly written for that target (`name.x86_64.s`, `name.aarch64.s`). `hello` is the
// single file examples/hello.c.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

export function exampleSources(root, name, machine) {
  if (name === "hello") return [join(root, "examples/hello.c")];
  const dir = join(root, "examples", name);
  if (!existsSync(dir)) throw new Error(`no example named '${name}' (see examples/)`);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".c") || f.endsWith(`.${machine}.s`))
    .sort()
    .map((f) => join(dir, f));
}

export function exampleNames(root) {
  return ["hello", ...readdirSync(join(root, "examples"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()];
}
