import type { Command } from 'commander';
import { buildAssets } from '../web/assets/build.ts';

export function buildAssetsCommand(program: Command): void {
  program
    .command('build-assets')
    .description('compile the stylesheet and copy front-end assets (run by npm install)')
    .action(() => {
      buildAssets();
    });
}
