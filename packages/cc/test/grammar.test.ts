// Builds the C parser WITH chevrotain's grammar validations (production skips them for
// start-up time): an ambiguity or left recursion introduced into the grammar fails here.
import { describe, expect, it } from "vitest";
import { CParser } from "../src/parse/parser.js";

describe("C grammar", () => {
  it("passes chevrotain's grammar validations", () => {
    expect(() => new CParser(true)).not.toThrow();
  });
});
