import formbody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';

/** HTML forms post `application/x-www-form-urlencoded`; JSON is parsed by Fastify itself. */
export async function setUpBodyParsing(app: FastifyInstance): Promise<void> {
  await app.register(formbody, { bodyLimit: 1_048_576 });
}
