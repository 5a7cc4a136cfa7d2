#!/usr/bin/env node
// Thin entry point: all behaviour lives in src/cli/run.ts. process.exitCode (not process.exit) lets
// stdout flush before the process ends. SIGINT/SIGTERM remove temporary files and exit 130/143.
import { run } from '../dist/cli/run.js';
import { installSignalHandlers } from '../dist/cli/signals.js';

installSignalHandlers();
process.exitCode = await run(process.argv.slice(2));
