import csrf from '@fastify/csrf-protection';
import type { FastifyInstance } from 'fastify';

/** Every form carries a token tied to the session; every state-changing request must return it. */
export async function setUpCsrf(app: FastifyInstance): Promise<void> {
  await app.register(csrf, { sessionPlugin: '@fastify/session' });
  app.addHook('preHandler', (request, reply, done) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return done();
    app.csrfProtection(request, reply, done);
  });
}
