import type { FastifyError, FastifyInstance } from 'fastify';

/** Logs the error with its request id and shows a page that never reveals internals. */
export async function setUpErrorHandler(app: FastifyInstance): Promise<void> {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') {
      return reply.code(403).view('errors/form-expired.njk', { pageTitle: 'This form has expired' });
    }
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'request failed');
    return reply.code(status).view('errors/problem.njk', {
      pageTitle: 'Sorry, there is a problem with the service',
      requestId: request.id,
      status,
    });
  });
}
