import type { Command } from 'commander';
import { readSsda903Return } from '../returns/ssda903/read.ts';
import {
  postcodesUsed,
  readPostcodeFile,
  readProviderFiles,
  type ReferenceNeed,
} from '../returns/ssda903/reference.ts';
import type { Ssda903Rule } from '../returns/ssda903/rule.ts';
import type { Ssda903Data } from '../returns/ssda903/spec.ts';
import { collectionYear, yearHelp } from '../returns/years.ts';
import { skippedForReference, validateSsda903, type Finding } from '../returns/ssda903/validate.ts';

interface ValidateOptions {
  year: string;
  format: string;
}

interface Ssda903Options extends ValidateOptions {
  postcodes?: string;
  providers: string[];
  ownLa?: string;
}

/** The option that gives each piece of reference data. */
const OPTION_FOR: Record<ReferenceNeed, string> = {
  postcodes: '--postcodes FILE',
  providers: '--providers FILE',
  ownLa: '--own-la CODE',
};

/**
 * Adds the reference data given (the provider lists first, so that only the postcodes the return and the
 * providers use are kept from what may be the whole ONS Postcode Directory).
 */
function withReference(data: Ssda903Data, options: Ssda903Options): Ssda903Data {
  const providers = options.providers.length > 0 ? readProviderFiles(options.providers) : undefined;
  const postcodes = options.postcodes
    ? readPostcodeFile(options.postcodes, postcodesUsed(data, providers))
    : undefined;
  const ownLa = options.ownLa?.trim().toUpperCase();
  return {
    ...data,
    reference: {
      ...(postcodes ? { postcodes } : {}),
      ...(providers ? { providers } : {}),
      ...(ownLa ? { ownLa } : {}),
    },
  };
}

/** Says on stderr which rules were skipped for want of reference data, and how to give it. */
function reportSkipped(data: Ssda903Data, rules: readonly Ssda903Rule[]): void {
  for (const { missing, why, codes } of skippedForReference(data, rules)) {
    const how = missing.map((need) => OPTION_FOR[need]).join(', ');
    const noun = codes.length === 1 ? 'rule' : 'rules';
    process.stderr.write(`Skipped ${codes.length} ${noun} without ${why} (${how}): ${codes.join(' ')}\n`);
  }
}

function checkFormat(options: ValidateOptions): void {
  if (!['text', 'json'].includes(options.format)) throw new Error('--format must be text or json.');
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
    .command('ssda903 <source>')
    .description(
      "validate a directory of SSDA903 CSV files (last year's beside them as …_last.csv), or the XML form (an .xml file)",
    )
    .requiredOption('--year <year>', yearHelp('ssda903'))
    .option('--format <format>', 'text or json', 'text')
    .option('--postcodes <file>', 'postcode lookup CSV (ONS Postcode Directory or an extract)')
    .option(
      '--providers <file>',
      "Ofsted's children's homes or social care providers list as CSV (repeat for both)",
      (file: string, files: string[]) => [...files, file],
      [],
    )
    .option('--own-la <code>', "the authority's ONS code as the postcode file codes LAs, e.g. E10000003")
    .action(async (source: string, options: Ssda903Options) => {
      const year = collectionYear('ssda903', options.year);
      checkFormat(options);
      // Each return's rules are loaded only to validate that return (hundreds of files each).
      const { ssda903RulesFor } = await import('../returns/ssda903/rules/index.ts');
      const rules = ssda903RulesFor(year);
      const data = withReference(readSsda903Return(source, year), options);
      const findings = validateSsda903(data, rules);
      report(findings, options.format, rules.length);
      reportSkipped(data, rules);
    });
  validate
    .command('cin-census <file>')
    .description('validate a CIN census XML file')
    .requiredOption('--year <year>', yearHelp('cin_census'))
    .option('--format <format>', 'text or json', 'text')
    .action(async (file: string, options: ValidateOptions) => {
      const year = collectionYear('cin_census', options.year);
      checkFormat(options);
      const [{ irregularitiesOf, readCinCensusFile }, { CIN_RULES_2025 }, { validateCinCensus }] =
        await Promise.all([
          import('../returns/cin-census/read.ts'),
          import('../returns/cin-census/rules/index.ts'),
          import('../returns/cin-census/validate.ts'),
        ]);
      const data = readCinCensusFile(file, year);
      const findings = validateCinCensus(data, CIN_RULES_2025);
      report(findings, options.format, CIN_RULES_2025.length);
      // What the schema does not allow but the DfE's validator reads past, as Hearth did: said, not failed.
      const irregular = irregularitiesOf(data);
      if (irregular.length > 0)
        process.stderr.write(
          `Read past, as the DfE's validator does (the schema does not allow ${irregular.length === 1 ? 'it' : 'them'}, and an import refuses ${irregular.length === 1 ? 'it' : 'them'}):\n${irregular.map((i) => `  ${i}\n`).join('')}`,
        );
    });
}
