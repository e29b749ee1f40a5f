#!/usr/bin/env node
// port-lint's executable: runs the compiled CLI (built by `npm ci` through the prepare script).
import { main } from '../dist/src/cli.js';

process.exitCode = await main(process.argv.slice(2));
