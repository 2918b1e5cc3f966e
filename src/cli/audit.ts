import type { Command } from 'commander';
import { verifyAuditChain } from '../access/audit-verify.ts';
import { connect, inAuthority, systemActor } from '../db/database.ts';
import { withDatabase } from './database.ts';

export function auditCommand(program: Command): void {
  const audit = program.command('audit').description('the audit log');
  audit
    .command('verify')
    .description("check an authority's audit chain and report the first broken link")
    .requiredOption('--la <code>', "the authority's three-digit DfE code")
    .action(async (options: { la: string }) => {
      if (!/^\d{3}$/.test(options.la))
        throw new Error(`--la must be a three-digit authority code, not "${options.la}".`);
      await withDatabase(async (server) => {
        const db = connect(server.appUrl, { max: 1 });
        try {
          const result = await inAuthority(db, systemActor(options.la), (trx) => verifyAuditChain(trx));
          if (result.ok) {
            console.log(`The audit log of ${options.la} is intact: ${result.entries} entries.`);
          } else {
            console.log(
              `The audit log of ${options.la} is broken at entry ${result.seq}: ${result.problem}.`,
            );
            process.exitCode = 2;
          }
        } finally {
          await db.destroy();
        }
      });
    });
}
