import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../../access/policy.ts';
import { ROLES } from '../../../access/roles.ts';

export async function homeRoutes(app: FastifyInstance): Promise<void> {
  app.get('/', { config: { access: signedIn } }, async (request, reply) => {
    const user = request.user!;
    return reply.view('home/home.njk', {
      pageTitle: 'Home',
      roleNames: user.roles.map((role) => ROLES[role]),
    });
  });
}
