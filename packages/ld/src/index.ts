// @glass/ld: the static linker. Relocatable objects and archives in, an ET_EXEC out, plus the
// map file and trace that explain what it did.
export { link } from "./link.js";
export { parseLdArgs, type ParsedLdArgs, type InputArg } from "./args.js";
export type { LinkInput, FileInput, LibraryInput, InputPosition, LinkOptions, LinkResult } from "./options.js";
