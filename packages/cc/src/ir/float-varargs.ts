// Does a module pass floating-point values through `...`? (e.g. `printf("%f", x)`)
//
// Glass libc links printf's floating-point formatting only when a program needs it (see
// docs/libc.md, "printf, only the parts you use"): the library's formatter reaches it through a
// weak reference, and a compiler that knows a unit passes a double to a variadic function adds a
// reference to it (the idea of MSVC's `_fltused`). This is the question the compiler asks.
import { isFloatIR, typeOf, type IRModule } from "./ir.js";

export function passesFloatsThroughEllipsis(m: IRModule): boolean {
  return m.functions.some((f) =>
    f.blocks.some((b) =>
      b.instrs.some((i) => i.op === "call" && i.variadicAfter !== undefined && i.args.slice(i.variadicAfter).some((a) => isFloatIR(typeOf(a)))),
    ),
  );
}
