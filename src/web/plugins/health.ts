import type { FastifyInstance } from 'fastify';
import { databaseIsUp } from '../../db/database.ts';
import { publicAccess } from '../../access/policy.ts';

/** `/health`: for load balancers and monitoring; says whether the database answers. No personal data. */
export async function setUpHealth(app: FastifyInstance): Promise<void> {
  app.get('/health', { config: { access: publicAccess } }, async (_request, reply) => {
    const up = await databaseIsUp(app.db);
    return reply
      .code(up ? 200 : 503)
      .send({ status: up ? 'ok' : 'unavailable', database: up ? 'up' : 'down' });
  });
}
