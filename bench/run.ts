// `npm run bench`: every benchmark in bench/, each printing its own figures. Never run by `npm test`.
import { childRecord } from './child-record.ts';
import { importCin } from './import-cin.ts';
import { importSsdBench } from './import-ssd.ts';
import { indicators } from './indicators.ts';
import { postcodeLookup } from './postcode-lookup.ts';
import { returnChecks } from './return-checks.ts';
import { seed } from './seed.ts';
import { startup } from './startup.ts';
import { validateCin } from './validate-cin.ts';
import { validateSsda903Bench } from './validate-ssda903.ts';

const benchmarks: Record<string, () => Promise<void>> = {
  startup,
  'child-record': childRecord,
  indicators,
  'return-checks': returnChecks,
  seed,
  'validate-cin': validateCin,
  'validate-ssda903': validateSsda903Bench,
  'import-cin': importCin,
  'postcode-lookup': postcodeLookup,
  'import-ssd': importSsdBench,
};
const only = process.argv.slice(2);
for (const [name, run] of Object.entries(benchmarks)) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n## ${name}`);
  await run();
}
