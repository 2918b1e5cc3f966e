import type { Command } from 'commander';
import { readConfig } from '../config.ts';
import { connect } from '../db/database.ts';
import { openDatabaseServer } from '../db/server.ts';
import { ensureDemoAuthority } from '../demo.ts';
import { seedDemoAuthority } from '../synth/demo.ts';
import { buildApp } from '../web/app.ts';
import { prepareDashboards } from '../web/routes/performance/index.ts';
import { assetsAreBuilt, buildAssets } from '../web/assets/build.ts';
import { removeExpiredSessions } from '../web/plugins/session.ts';
import { migrateServer } from './database.ts';

export function startCommand(program: Command): void {
  program
    .command('start')
    .description('serve the web application')
    .action(async () => {
      const started = performance.now();
      const config = readConfig();
      if (!assetsAreBuilt()) buildAssets();
      const server = await openDatabaseServer(config, 'server');
      const ownerDb = connect(server.ownerUrl, { max: 2 });
      const db = connect(server.appUrl, { max: 20 });
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        console.log(`Hearth is stopping (${signal})…`);
        await app?.close().catch(() => undefined);
        await db.destroy().catch(() => undefined);
        await ownerDb.destroy().catch(() => undefined);
        await server.stop();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
      let app: Awaited<ReturnType<typeof buildApp>> | undefined;
      try {
        await migrateServer(server);
        if (config.demo) {
          await ensureDemoAuthority(ownerDb);
          // The first start fills the demo authority with synthetic children (15 to 20 seconds, once).
          await seedDemoAuthority(ownerDb);
        }
        await removeExpiredSessions(db);
        app = await buildApp({ db, config });
        setInterval(() => void removeExpiredSessions(db).catch(() => undefined), 3_600_000).unref();
        const address = await app.listen({ port: config.port, host: config.host });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(
          `Hearth is running at ${address.replace('127.0.0.1', 'localhost')} (started in ${seconds} s)`,
        );
        if (config.demo) console.log('Demo mode: the sign-in page lists the demo accounts.');
        const authorities = await ownerDb.selectFrom('local_authority').select('la_code').execute();
        void prepareDashboards(
          app,
          authorities.map((a) => a.la_code),
        ).catch((error: unknown) => app?.log.error({ err: error }, 'preparing the dashboards failed'));
      } catch (error) {
        await app?.close().catch(() => undefined);
        await db.destroy().catch(() => undefined);
        await ownerDb.destroy().catch(() => undefined);
        await server.stop();
        throw error;
      }
    });
}
