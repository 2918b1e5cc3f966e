import type { FastifyInstance } from 'fastify';
import { loadCurrentUser, type CurrentUser } from '../../access/users.ts';

declare module 'fastify' {
  interface FastifyRequest {
    user?: CurrentUser;
    /** Set when the session just ended for inactivity or its absolute limit, to tell the user why. */
    sessionEnded?: 'idle' | 'absolute';
  }
}

const TOUCH_INTERVAL_MS = 60_000;

/**
 * Reads the signed-in user from the session on every request, from the database, so a disabled account or
 * a removed role takes effect on the user's next request. Ends sessions idle too long or older than the
 * absolute limit.
 */
export async function setUpAuthentication(app: FastifyInstance): Promise<void> {
  const idleMs = app.hearthConfig.sessionIdleMinutes * 60_000;
  const absoluteMs = app.hearthConfig.sessionAbsoluteHours * 3_600_000;

  app.addHook('preHandler', async (request) => {
    const { userId, laCode, signedInAt, lastSeenAt } = request.session;
    if (!userId || !laCode || !signedInAt) return;
    const now = Date.now();
    const ended =
      now - signedInAt > absoluteMs ? 'absolute' : now - (lastSeenAt ?? signedInAt) > idleMs ? 'idle' : null;
    if (ended) {
      await request.session.regenerate();
      request.sessionEnded = ended;
      return;
    }
    const user = await loadCurrentUser(app.db, userId, laCode);
    if (!user) {
      await request.session.regenerate();
      return;
    }
    request.user = user;
    if (now - (lastSeenAt ?? 0) > TOUCH_INTERVAL_MS) request.session.lastSeenAt = now;
  });
}
