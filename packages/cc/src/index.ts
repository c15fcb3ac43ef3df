// @glass/cc: the C compiler. Preprocessed tokens in, GNU assembly for x86-64 or AArch64 out.
export { compile, type CompileOptions, type CompileResult, type DumpKind } from "./compile.js";
export type { PicMode, Target } from "./target/target.js";
