#!/usr/bin/env node
// The `hearth` command. TypeScript runs directly through tsx, so there is no build step.
import process from 'node:process';
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
