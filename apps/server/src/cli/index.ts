import { runCli } from './run.js';

// The `placard` binary (bin/placard.mjs imports the build of this file).
const code = await runCli(process.argv.slice(2), { out: process.stdout, err: process.stderr, env: process.env });
process.exitCode = code;
