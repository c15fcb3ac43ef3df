// @glass/binutils: Glass's inspectors and archiver, each a pure function (args, io) → status.
export { readelf } from "./readelf/index.js";
export { ar } from "./ar/index.js";
export { nm } from "./nm/index.js";
export { size } from "./size/index.js";
export { strings } from "./strings/index.js";
export { objdump } from "./objdump/index.js";
export { memoryIO, ToolIOError, type MemoryIO, type ToolIO, type ToolIOFailure } from "./io.js";
