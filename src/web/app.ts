import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { JourneyModelCache } from '../indicators/cache.ts';
import { ReturnChecksCache } from '../returns/checks-cache.ts';
import { setUpAuthentication } from './plugins/authentication.ts';
import { setUpAuthorisation, setUpRouteTable } from './plugins/authorisation.ts';
import { setUpBodyParsing } from './plugins/body-parsing.ts';
import { setUpCsrf } from './plugins/csrf.ts';
import { setUpErrorHandler } from './plugins/error-handler.ts';
import { setUpHealth } from './plugins/health.ts';
import { setUpNotFound } from './plugins/not-found.ts';
import { setUpSecurityHeaders } from './plugins/security-headers.ts';
import { setUpSession } from './plugins/session.ts';
import { setUpStaticAssets } from './plugins/static-assets.ts';
import { setUpViews } from './plugins/views.ts';
import { setUpRoutes } from './routes/index.ts';

export interface AppOptions {
  db: Db;
  config: Pick<Config, 'demo' | 'trustProxy' | 'sessionIdleMinutes' | 'sessionAbsoluteHours' | 'logLevel'> &
    Partial<Pick<Config, 'oidc'>>;
  logger?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    hearthConfig: AppOptions['config'];
    /** Each authority's journey model and figures, kept warm for the performance pages. */
    journeyModels: JourneyModelCache;
    /** Each authority's DfE return rule failures by child, kept current for the child's page. */
    returnChecks: ReturnChecksCache;
  }
}

/** The one place the web application is assembled, one plugin per concern, in this order. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false ? false : { level: options.config.logLevel, redact: ['req.headers.cookie'] },
    trustProxy: options.config.trustProxy,
    genReqId: () => crypto.randomUUID(),
  });
  app.decorate('db', options.db);
  app.decorate('hearthConfig', options.config);
  app.decorate('journeyModels', new JourneyModelCache(options.db));
  app.decorate(
    'returnChecks',
    new ReturnChecksCache(options.db, {
      onError: (error) => app.log.error({ err: error }, 'return checks failed'),
    }),
  );
  app.addHook('onClose', async () => {
    app.journeyModels.close();
    await app.returnChecks.close();
  });

  await setUpRouteTable(app);
  await setUpHealth(app);
  await setUpSecurityHeaders(app);
  await setUpSession(app);
  await setUpBodyParsing(app);
  await setUpStaticAssets(app);
  await setUpViews(app);
  await setUpAuthentication(app);
  await setUpAuthorisation(app);
  await setUpCsrf(app);
  // Fastify binds a route to the error handler in force when the route is added, so it comes before routes.
  await setUpErrorHandler(app);
  await setUpRoutes(app);
  await setUpNotFound(app);

  await app.ready();
  return app;
}
