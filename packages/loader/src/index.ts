// @glass/loader: a simulated execve + ld.so on a simulated address space.
export { load } from "./load.js";
export { loadMain, type LoaderIO } from "./main.js";
export { AddressSpace, MemoryFault, type Memory, type Mapping } from "./memory.js";
export type { Process, LoadOptions, AuxEntry, StackItem, LoadedObject, RelocationRecord, Binding, Initializer } from "./process.js";
export type { Arch, Registers, RelocKind } from "./arch/index.js";
export { formatMaps } from "./output/maps.js";
export { formatStack } from "./output/stack.js";
export { formatLayout } from "./output/layout.js";
export { processJson } from "./output/json.js";
export { formatDebug, expandCategories, type DebugCategory } from "./ldso/debug-log.js";
export { gnuHash, elfHash } from "./ldso/lookup.js";
export type { TlsModule } from "./ldso/tls.js";
