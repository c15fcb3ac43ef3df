// Entry point of the plain ES-module CLI (`node bin/glass.js …`): stages load lazily from
// their chunks. bin/glass runs the start-up snapshot instead when it has been built.
import { run } from "./cli.js";

process.exitCode = await run(process.argv.slice(2));
