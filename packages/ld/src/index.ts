// @glass/ld: the static and dynamic linker. Relocatable objects, archives, shared objects and
// libc.so-style linker scripts in; an executable (ET_EXEC, or a PIE) or a shared object out,
// plus the map file and trace that explain what it did.
export { link } from "./link.js";
export { parseLdArgs, type ParsedLdArgs, type InputArg } from "./args.js";
export type { LinkInput, FileInput, LibraryInput, InputPosition, LinkOptions, LinkResult } from "./options.js";
