// Every command shown in docs/ is run here, and its output must be what the page shows, so
// the teaching material cannot rot. `UPDATE=1 npx vitest run tests/docs` rewrites the pages
// with the actual output (review the diff in git).
import { describe, expect, it } from "vitest";
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync, chmodSync } from "node:fs";
import { join } from "node:path";
import { repoRoot, scratch } from "../support/glass.js";
import { hostHas, run } from "../support/host.js";
import { consoleBlocks, rewriteBlocks } from "./console-blocks.js";

const docsDir = join(repoRoot, "docs");
const pages = readdirSync(docsDir).filter((f) => f.endsWith(".md") && readFileSync(join(docsDir, f), "utf8").includes("```console"));
const update = process.env.UPDATE === "1";

/** A directory holding a copy of examples/ and a `glass` command on PATH. */
function workspace(): { cwd: string; env: NodeJS.ProcessEnv } {
  const cwd = scratch("glass-docs-");
  cpSync(join(repoRoot, "examples"), cwd, { recursive: true });
  const bin = join(cwd, ".bin");
  mkdirSync(bin);
  writeFileSync(join(bin, "glass"), `#!/bin/sh\nexec "${process.execPath}" "${join(repoRoot, "packages/driver/bin/glass.js")}" "$@"\n`);
  chmodSync(join(bin, "glass"), 0o755);
  return { cwd, env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, LC_ALL: "C" } };
}

describe.each(pages)("docs/%s", (page) => {
  const path = join(docsDir, page);
  const markdown = readFileSync(path, "utf8");
  const blocks = consoleBlocks(markdown);
  const needsQemu = blocks.some((b) => b.commands.some((c) => c.command.includes("qemu-aarch64")));
  const runnable = !needsQemu || hostHas("qemu-aarch64");

  it.skipIf(!runnable)("every command prints what the page shows", () => {
    const { cwd, env } = workspace();
    const actual = blocks.map((b) =>
      b.commands.map((c) => {
        const r = run("sh", ["-c", `${c.command} 2>&1`], { cwd, env });
        return r.stdout;
      }),
    );
    if (update) {
      writeFileSync(path, rewriteBlocks(markdown, blocks, actual));
      return;
    }
    blocks.forEach((b, bi) =>
      b.commands.forEach((c, ci) => expect(actual[bi]![ci], `docs/${page}: $ ${c.command}`).toBe(c.expected)),
    );
  });
});
