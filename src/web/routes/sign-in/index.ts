import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { audit } from '../../../access/audit.ts';
import { publicAccess, signedIn } from '../../../access/policy.ts';
import { signIn } from '../../../access/users.ts';
import { inAuthority } from '../../../db/database.ts';
import { DEMO_USERS, DEMO_PASSWORD } from '../../../demo.ts';
import { parseForm } from '../../forms.ts';

const signInForm = z.object({
  username: z.string().trim().min(1, 'Enter your username'),
  password: z.string().min(1, 'Enter your password'),
  next: z.string().optional(),
});

/** Only same-site paths, so the sign-in page cannot be used to send people elsewhere. */
export function safeNext(next: string | undefined): string {
  return next && /^\/(?![/\\])/.test(next) ? next : '/';
}

/** A new session (new id, so none fixed in advance survives) for someone just signed in. */
export async function startSession(
  request: FastifyRequest,
  signedIn: { userId: string; laCode: string },
): Promise<void> {
  await request.session.regenerate();
  request.session.userId = signedIn.userId;
  request.session.laCode = signedIn.laCode;
  request.session.signedInAt = Date.now();
  request.session.lastSeenAt = Date.now();
}

const ENDED_MESSAGES: Record<string, string> = {
  idle: 'You were signed out because you had not used Hearth for a while. Sign in again to continue.',
  absolute: 'You were signed out because you had been signed in for a long time. Sign in again to continue.',
};

export async function signInRoutes(app: FastifyInstance): Promise<void> {
  const page = (extra: Record<string, unknown>) => ({
    pageTitle: 'Sign in',
    demoUsers: app.hearthConfig.demo ? DEMO_USERS : [],
    demoPassword: DEMO_PASSWORD,
    councils: (app.hearthConfig.oidc ?? []).map(({ id, label }) => ({ id, label })),
    ...extra,
  });

  app.get<{ Querystring: { next?: string; ended?: string; signed_out?: string } }>(
    '/sign-in',
    { config: { access: publicAccess } },
    async (request, reply) => {
      if (request.user) return reply.redirect('/');
      return reply.view(
        'sign-in/sign-in.njk',
        page({
          next: safeNext(request.query.next),
          notice: request.query.signed_out
            ? 'You have signed out.'
            : ENDED_MESSAGES[request.query.ended ?? ''],
        }),
      );
    },
  );

  app.post('/sign-in', { config: { access: publicAccess } }, async (request, reply) => {
    const form = parseForm(signInForm, request.body);
    const body = (request.body ?? {}) as Record<string, string>;
    if (!form.ok) {
      return reply
        .code(400)
        .view('sign-in/sign-in.njk', page({ ...form, username: body.username, next: safeNext(body.next) }));
    }
    const result = await signIn(app.db, form.value.username, form.value.password, request.id);
    if (!result.ok) {
      const text =
        result.reason === 'locked'
          ? 'This account is locked for 15 minutes after too many attempts. Try again later or ask your administrator.'
          : result.reason === 'no_access'
            ? 'Your account has no role in any authority. Ask your administrator for access.'
            : 'Enter a correct username and password';
      const errors = [{ href: '#username', text }];
      request.log.info({ event: 'sign_in_failed', reason: result.reason }, 'sign-in failed');
      return reply.code(401).view(
        'sign-in/sign-in.njk',
        page({
          errors,
          byField: { username: text },
          username: form.value.username,
          next: safeNext(form.value.next),
        }),
      );
    }
    await startSession(request, result);
    return reply.redirect(safeNext(form.value.next));
  });

  app.post('/sign-out', { config: { access: signedIn } }, async (request, reply) => {
    const user = request.user!;
    await inAuthority(app.db, { laCode: user.laCode, userId: user.id }, (trx) =>
      audit(trx, { laCode: user.laCode, userId: user.id, action: 'sign_out' }),
    );
    await request.session.destroy();
    return reply.redirect('/sign-in?signed_out=1');
  });
}
