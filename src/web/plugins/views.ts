import path from 'node:path';
import { fileURLToPath } from 'node:url';
import view from '@fastify/view';
import type { FastifyInstance } from 'fastify';
import nunjucks from 'nunjucks';
import { formatLongDate } from '../../domain/dates.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const VIEWS_DIR = path.resolve(here, '../views');
const NODE_MODULES = path.resolve(here, '../../../node_modules');

declare module 'fastify' {
  interface FastifyReply {
    locals?: Record<string, unknown>;
  }
}

/** Nunjucks with the GOV.UK Frontend and MoJ Frontend macros; every page gets its CSP nonce and CSRF token. */
export async function setUpViews(app: FastifyInstance): Promise<void> {
  await app.register(view, {
    engine: { nunjucks },
    templates: [
      VIEWS_DIR,
      path.join(NODE_MODULES, 'govuk-frontend/dist'),
      path.join(NODE_MODULES, '@ministryofjustice/frontend'),
    ],
    options: {
      autoescape: true,
      throwOnUndefined: false,
      noCache: process.env.NODE_ENV === 'development',
      onConfigure: (env: nunjucks.Environment) => {
        env.addFilter('longDate', (value: unknown) =>
          typeof value === 'string' && value ? formatLongDate(value) : '',
        );
      },
    },
    defaultContext: { serviceName: 'Hearth' },
  });
  // Read when a page renders, after authentication has run.
  app.addHook('onRequest', async (request, reply) => {
    reply.locals = {
      get cspNonce() {
        return reply.cspNonce?.script;
      },
      get user() {
        return request.user;
      },
      demo: app.hearthConfig.demo,
      /** A one-time message from the previous page ("Contact recorded"), shown once. */
      get flash() {
        const message = request.session?.flash;
        if (message) request.session.flash = undefined;
        return message;
      },
      currentPath: request.url.split('?')[0],
      /** Called by templates that hold a form: creates the session's CSRF secret when first needed. */
      csrfToken: () => reply.generateCsrf(),
    };
  });
}
