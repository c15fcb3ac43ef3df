// @glass/cpp: the pp-token lexer and the C preprocessor (C11 5.1.1.2 phases 1–4, 6.10).
export type { PPToken, PPTokenKind } from "./token.js";
export { lex, type LexOptions } from "./lexer.js";
export { preprocess, type PreprocessOptions, type PreprocessResult } from "./preprocess.js";
export type { Macro } from "./macro.js";
export { TapeCache } from "./tape.js";
export { dumpMacros, defineLine } from "./dump.js";
export { makeDependencies, type DependOptions } from "./depend.js";
export type { IncludeDirs } from "./include.js";
