import type { FastifyInstance } from 'fastify';

export async function setUpNotFound(app: FastifyInstance): Promise<void> {
  app.setNotFoundHandler(async (_request, reply) => {
    return reply.code(404).view('errors/not-found.njk', { pageTitle: 'Page not found' });
  });
}
