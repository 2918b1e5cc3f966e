import type { FastifyInstance } from 'fastify';
import { accessRoutes } from './children/access.ts';
import { childrenRoutes } from './children/index.ts';
import { recordAuditRoutes } from './children/record-audit.ts';
import { homeRoutes } from './home/index.ts';
import { importRoutes } from './import/index.ts';
import { performanceRoutes } from './performance/index.ts';
import { returnsRoutes } from './returns/index.ts';
import { settingsRoutes } from './settings/index.ts';
import { councilSignInRoutes } from './sign-in/council.ts';
import { signInRoutes } from './sign-in/index.ts';
import { switchAuthorityRoutes } from './switch-authority/index.ts';
import { userRoutes } from './users/index.ts';
import { workRoutes } from './work/index.ts';

/** Every area of the service, each a plugin of its own routes. */
export async function setUpRoutes(app: FastifyInstance): Promise<void> {
  await app.register(signInRoutes);
  await app.register(councilSignInRoutes);
  await app.register(homeRoutes);
  await app.register(childrenRoutes);
  await app.register(recordAuditRoutes);
  await app.register(accessRoutes);
  await app.register(workRoutes);
  await app.register(settingsRoutes);
  await app.register(performanceRoutes);
  await app.register(returnsRoutes);
  await app.register(userRoutes);
  await app.register(importRoutes);
  await app.register(switchAuthorityRoutes);
}
