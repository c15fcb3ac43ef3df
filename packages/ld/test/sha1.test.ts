// SHA-1 of util/sha1.ts, checked against node:crypto over lengths around the 64-byte block edges.
import { it, expect } from "vitest";
import { createHash } from "node:crypto";
import { sha1 } from "../src/util/sha1.js";
it("sha1", () => { for (const n of [0, 1, 55, 56, 63, 64, 65, 1000, 100000]) { const d = new Uint8Array(n).map((_, i) => (i * 7 + 3) & 255); expect(Buffer.from(sha1(d)).toString("hex")).toBe(createHash("sha1").update(d).digest("hex")); } });
