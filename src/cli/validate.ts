import type { Command } from 'commander';
import { readCinCensusFile } from '../returns/cin-census/read.ts';
import { CIN_RULES_2025 } from '../returns/cin-census/rules/index.ts';
import { validateCinCensus } from '../returns/cin-census/validate.ts';
import { readSsda903Directory } from '../returns/ssda903/read.ts';
import { SSDA903_RULES_2025 } from '../returns/ssda903/rules/index.ts';
import { validateSsda903, type Finding } from '../returns/ssda903/validate.ts';

interface ValidateOptions {
  year: string;
  format: string;
}

function checkOptions(options: ValidateOptions): number {
  const year = Number(options.year);
  if (!Number.isInteger(year) || year < 2025 || year > 2025)
    throw new Error('--year must be 2025 (the 2025/26 collection).');
  if (!['text', 'json'].includes(options.format)) throw new Error('--format must be text or json.');
  return year;
}

/**
 * Prints findings as one tab-separated line each (code, type, table, child, row, message) or a JSON array,
 * with a count on stderr; the exit code is 1 when any is an error.
 */
function report(findings: Finding[], format: string, rules: number): void {
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
  } else {
    for (const f of findings)
      process.stdout.write(`${f.code}\t${f.type}\t${f.table}\t${f.child}\t${f.row}\t${f.message}\n`);
    process.stderr.write(`${findings.length} failures of ${rules} rules.\n`);
  }
  if (findings.some((f) => f.type === 'error')) process.exitCode = 1;
}

export function validateCommand(program: Command): void {
  const validate = program
    .command('validate')
    .description("DfE rules over a return's files, with the DfE's rule codes");
  validate
    .command('ssda903 <dir>')
    .description('validate a directory of SSDA903 CSV files')
    .requiredOption('--year <year>', 'the collection year: 2025 for 2025/26')
    .option('--format <format>', 'text or json', 'text')
    .action((dir: string, options: ValidateOptions) => {
      const year = checkOptions(options);
      const findings = validateSsda903(readSsda903Directory(dir, year), SSDA903_RULES_2025);
      report(findings, options.format, SSDA903_RULES_2025.length);
    });
  validate
    .command('cin-census <file>')
    .description('validate a CIN census XML file')
    .requiredOption('--year <year>', 'the collection year: 2025 for 2025/26')
    .option('--format <format>', 'text or json', 'text')
    .action((file: string, options: ValidateOptions) => {
      const year = checkOptions(options);
      const findings = validateCinCensus(readCinCensusFile(file, year), CIN_RULES_2025);
      report(findings, options.format, CIN_RULES_2025.length);
    });
}
