#!/usr/bin/env node
// port-lint's executable: runs the committed bundle of the CLI (lib/, built by `npm run build`).
import { main } from '../lib/cli.js';

process.exitCode = await main(process.argv.slice(2));
