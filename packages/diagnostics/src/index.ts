// @glass/diagnostics: source files, locations and gcc-style messages shared by every stage.
export { SourceFile, type SourceLocation } from "./source.js";
export { type Diagnostic, type Severity, GlassError, error, warning, binaryError, render } from "./diagnostic.js";
