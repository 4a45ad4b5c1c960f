#!/usr/bin/env node
// `npx nsiw-widgets render …`: the command lives in the package's built modules (src/render/cli.ts).
import { main } from '../dist/render/cli.js';

process.exitCode = await main(process.argv.slice(2));
