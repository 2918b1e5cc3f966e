import type { FastifyInstance, RouteOptions } from 'fastify';
import { allows } from '../../access/policy.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route the app registered, with its access policy: the authorisation matrix test walks it. */
    routeTable: readonly RouteOptions[];
  }
}

/** Collects every route as it is added: first of all, so the health check and assets count too. */
export async function setUpRouteTable(app: FastifyInstance): Promise<void> {
  const routes: RouteOptions[] = [];
  app.decorate('routeTable', routes);
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });
}

/**
 * Deny by default: every route must declare `config.access`, checked when the app becomes ready (so routes
 * added by plugins count too), and every request is checked against it before its handler runs.
 */
export async function setUpAuthorisation(app: FastifyInstance): Promise<void> {
  app.addHook('onReady', async () => {
    const undeclared = app.routeTable.filter((route) => !route.config?.access);
    if (undeclared.length > 0) {
      const names = undeclared.map((r) => `${String(r.method)} ${r.url}`).join(', ');
      throw new Error(`Every route must declare who may use it (config.access); these do not: ${names}`);
    }
  });

  app.addHook('preHandler', async (request, reply) => {
    // The not-found page is shown to anyone; it reveals nothing.
    if (request.is404) return;
    const policy = request.routeOptions.config.access;
    if (!policy) return reply.code(500).send('This route declares no access policy.');
    if (allows(policy, request.user)) return;
    if (!request.user) {
      if (request.method === 'GET') {
        const next = encodeURIComponent(request.url);
        const reason = request.sessionEnded ? `&ended=${request.sessionEnded}` : '';
        return reply.redirect(`/sign-in?next=${next}${reason}`);
      }
      return reply.code(401).view('errors/signed-out.njk', { pageTitle: 'You are signed out' });
    }
    return reply.code(403).view('errors/forbidden.njk', { pageTitle: 'You do not have access to this page' });
  });
}
