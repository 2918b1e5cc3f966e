import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  CouncilSignIn,
  CouncilSignInRefused,
  type CouncilIdentity,
  PENDING_LIMIT_MS,
  type PendingCouncilSignIn,
} from '../../../access/council-sign-in.ts';
import { publicAccess } from '../../../access/policy.ts';
import { recordSignInFailure, signInByIdentity, type SignInResult } from '../../../access/users.ts';
import { safeNext, startSession } from './index.ts';

declare module 'fastify' {
  interface Session {
    /** Between leaving for the council's sign-in page and coming back; used once. */
    councilSignIn?: PendingCouncilSignIn;
  }
}

type Refusal = Exclude<SignInResult, { ok: true }>['reason'];

const REFUSALS: Partial<Record<Refusal, string>> = {
  unknown_identity:
    'Your council account is not linked to a Hearth user. Ask your Hearth administrator to add you, and give them the reference below.',
  disabled: 'Your Hearth account is disabled. If you still need access, ask your Hearth administrator.',
  no_access: 'Your Hearth account has no role in any authority. Ask your Hearth administrator for access.',
};

/**
 * Sign-in by council account (OpenID Connect), offered on the sign-in page when the installation trusts an
 * identity provider. Only accounts an administrator linked to a Hearth user get in.
 */
export async function councilSignInRoutes(app: FastifyInstance): Promise<void> {
  const councils = new Map((app.hearthConfig.oidc ?? []).map((s) => [s.id, new CouncilSignIn(s)]));
  if (councils.size === 0) return;
  const only = councils.size === 1 ? [...councils.values()][0] : undefined;

  const refused = (reply: FastifyReply, status: number, message: string, reference?: string) =>
    reply.code(status).view('sign-in/refused.njk', {
      pageTitle: 'You could not be signed in',
      message,
      reference,
      requestId: reply.request.id,
    });

  app.get<{ Querystring: { next?: string; provider?: string } }>(
    '/sign-in/council',
    { config: { access: publicAccess } },
    async (request, reply) => {
      if (request.user) return reply.redirect('/');
      const council = councils.get(request.query.provider ?? '') ?? only;
      if (!council) return reply.callNotFound();
      let begun: Awaited<ReturnType<CouncilSignIn['begin']>>;
      try {
        begun = await council.begin(safeNext(request.query.next));
      } catch (error) {
        request.log.error(
          { err: error, event: 'council_sign_in_unavailable' },
          'identity provider unavailable',
        );
        return refused(
          reply,
          503,
          `The sign-in service of ${council.settings.label} is not answering. Try again in a few minutes, or sign in with your Hearth username and password if you have them.`,
        );
      }
      request.session.councilSignIn = begun.pending;
      return reply.redirect(begun.url.href);
    },
  );

  app.get('/sign-in/council/callback', { config: { access: publicAccess } }, async (request, reply) => {
    const pending = request.session.councilSignIn;
    request.session.councilSignIn = undefined;
    const fail = async (status: number, reason: string, message: string, identity?: CouncilIdentity) => {
      await recordSignInFailure(app.db, { method: 'oidc', reason, ...identity, requestId: request.id });
      request.log.info({ event: 'sign_in_failed', method: 'oidc', reason }, 'council sign-in refused');
      return refused(reply, status, message);
    };
    const council = pending && councils.get(pending.provider);
    if (!pending || !council || Date.now() - pending.startedAt > PENDING_LIMIT_MS) {
      return fail(
        400,
        pending && council ? 'sign-in started too long ago' : 'no sign-in in progress',
        'This sign-in has already been used or has expired. Go back to the sign-in page and start again.',
      );
    }
    let identity: CouncilIdentity;
    try {
      identity = await council.finish(request.url.split('?')[1] ?? '', pending);
    } catch (error) {
      if (!(error instanceof CouncilSignInRefused)) throw error;
      return fail(
        400,
        error.reason,
        error.cancelled
          ? 'You did not finish signing in with your council account.'
          : `Hearth could not check your sign-in with ${council.settings.label}. Go back to the sign-in page and try again; if it happens again, tell your Hearth administrator the reference below.`,
      );
    }
    const result = await signInByIdentity(app.db, identity, request.id);
    if (!result.ok) {
      request.log.info(
        { event: 'sign_in_failed', method: 'oidc', reason: result.reason },
        'council sign-in refused',
      );
      const message = REFUSALS[result.reason] ?? 'You could not be signed in.';
      return refused(
        reply,
        403,
        message,
        result.reason === 'unknown_identity' ? identity.subject : undefined,
      );
    }
    await startSession(request, result);
    return reply.redirect(pending.next);
  });
}
