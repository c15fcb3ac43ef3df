#!/usr/bin/env node
// The shipped glass CLI: compiled, bundled JavaScript (see scripts/bundle.mjs).
import "../dist/glass.js";
