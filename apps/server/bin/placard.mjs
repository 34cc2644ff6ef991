#!/usr/bin/env node
// The `placard` command: the built CLI (npm run build writes dist/cli.js).
import '../dist/cli.js';
