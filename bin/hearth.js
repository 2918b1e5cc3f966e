#!/usr/bin/env node
// The `hearth` command. TypeScript runs directly through tsx, so there is no build step.
import process from 'node:process';
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const outcome = await main(process.argv.slice(2));
// Exit explicitly: the embedded PostgreSQL package's exit hook would otherwise end the process with 0. First
// let what was written reach a pipe (`hearth validate … | grep`), which an immediate exit would cut short.
if (outcome !== 'running') {
  let waiting = 2;
  const done = () => {
    if (--waiting === 0) process.exit(outcome);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}
