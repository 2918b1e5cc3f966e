import type { Command } from 'commander';
import { readSsda903Directory } from '../returns/ssda903/read.ts';
import { SSDA903_RULES_2025 } from '../returns/ssda903/rules/index.ts';
import { validateSsda903 } from '../returns/ssda903/validate.ts';

export function validateCommand(program: Command): void {
  const validate = program
    .command('validate')
    .description("DfE rules over a return's files, with the DfE's rule codes");
  validate
    .command('ssda903 <dir>')
    .description('validate a directory of SSDA903 CSV files')
    .requiredOption('--year <year>', 'the collection year: 2025 for 2025/26')
    .option('--format <format>', 'text or json', 'text')
    .action((dir: string, options: { year: string; format: string }) => {
      const year = Number(options.year);
      if (!Number.isInteger(year) || year < 2025 || year > 2025)
        throw new Error('--year must be 2025 (the 2025/26 collection).');
      if (!['text', 'json'].includes(options.format)) throw new Error('--format must be text or json.');
      const findings = validateSsda903(readSsda903Directory(dir, year), SSDA903_RULES_2025);
      if (options.format === 'json') {
        process.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
      } else {
        for (const f of findings)
          process.stdout.write(`${f.code}\t${f.type}\t${f.table}\t${f.child}\t${f.row}\t${f.message}\n`);
        process.stderr.write(`${findings.length} failures of ${SSDA903_RULES_2025.length} rules.\n`);
      }
      if (findings.some((f) => f.type === 'error')) process.exitCode = 1;
    });
}
