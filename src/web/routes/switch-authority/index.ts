import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { audit } from '../../../access/audit.ts';
import { signedIn } from '../../../access/policy.ts';
import { inAuthority } from '../../../db/database.ts';
import { parseForm } from '../../forms.ts';

const switchForm = z.object({
  la_code: z.string({ error: 'Select the authority to work in' }).min(1, 'Select the authority to work in'),
});

/**
 * Switching authority, for people who hold roles in more than one (shared services): always by choosing
 * here, never implied by a link. The switch is audited in both authorities.
 */
export async function switchAuthorityRoutes(app: FastifyInstance): Promise<void> {
  app.get('/switch-authority', { config: { access: signedIn } }, async (_request, reply) =>
    reply.view('switch-authority/switch.njk', { pageTitle: 'Switch authority', backLink: '/' }),
  );

  app.post('/switch-authority', { config: { access: signedIn } }, async (request, reply) => {
    const user = request.user!;
    const form = parseForm(switchForm, request.body);
    const to = form.ok ? user.authorities.find((a) => a.laCode === form.value.la_code) : undefined;
    if (!to) {
      const text = 'Select the authority to work in';
      return reply.code(400).view('switch-authority/switch.njk', {
        pageTitle: 'Switch authority',
        backLink: '/',
        errors: [{ href: '#la_code', text }],
        byField: { la_code: text },
      });
    }
    if (to.laCode !== user.laCode) {
      const detail = { from: user.laCode, to: to.laCode };
      for (const laCode of [user.laCode, to.laCode]) {
        await inAuthority(app.db, { laCode, userId: user.id }, (trx) =>
          audit(trx, { laCode, userId: user.id, action: 'switch_authority', detail }),
        );
      }
      // A new session id for the new authority, as at sign-in; who and since when carry over.
      await request.session.regenerate(['userId', 'signedInAt', 'lastSeenAt']);
      request.session.laCode = to.laCode;
    }
    request.session.flash = `You are working in ${to.name}.`;
    return reply.redirect('/');
  });
}
