#!/usr/bin/env node
// Thin entry point: all behaviour lives in src/cli/run.ts. process.exitCode (not process.exit) lets
// stdout flush before the process ends.
import { run } from '../dist/cli/run.js';

process.exitCode = await run(process.argv.slice(2));
