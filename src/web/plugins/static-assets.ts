import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { publicAccess } from '../../access/policy.ts';
import { ASSETS_DIR } from '../assets/build.ts';

/** Compiled CSS, scripts, images and fonts under /assets/, public and cacheable. */
export async function setUpStaticAssets(app: FastifyInstance): Promise<void> {
  await app.register(async (scope) => {
    scope.addHook('onRoute', (route) => {
      route.config = { ...route.config, access: publicAccess };
    });
    await scope.register(fastifyStatic, {
      root: path.resolve(ASSETS_DIR),
      prefix: '/assets/',
      maxAge: '1h',
      index: false,
      setHeaders: (res) => res.setHeader('cache-control', 'public, max-age=3600'),
    });
  });
}
