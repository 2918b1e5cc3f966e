import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../../../access/audit.ts';
import { caseReaders, caseWriters, readsCaseNotes, readsOutOfHours } from '../../../access/policy.ts';
import { RESTRICTION_MANAGERS } from '../../../access/restrictions.ts';
import { recordWithoutNarrative, withoutNarrative } from '../../../casework/narrative.ts';
import { chronology } from '../../../casework/chronology.ts';
import { loadChild, statusAt, type ChildRecord } from '../../../casework/child.ts';
import {
  displayValue,
  parseFields,
  toRawForm,
  type Field,
  type RawForm,
  type Values,
} from '../../../casework/fields.ts';
import { addChild, checkPerson, findChildren, PERSON_FIELDS } from '../../../casework/person.ts';
import { loadRecord, recordHistory, type RecordTable } from '../../../casework/record.ts';
import {
  correctStep,
  recordStep,
  resolveFields,
  stepContext,
  todayInEngland,
  validateStep,
  viewChild,
} from '../../../casework/recording.ts';
import { STEP_GROUPS, STEPS, stepById } from '../../../casework/steps/index.ts';
import type { Step } from '../../../casework/step.ts';
import { inAuthority, type Actor } from '../../../db/database.ts';
import { ageOn } from '../../../domain/dates.ts';
import { errorList, UUID } from '../../forms.ts';
import { refusalPage } from './access.ts';
import { fieldView } from './field-view.ts';

declare module 'fastify' {
  interface Session {
    /** Forms between "continue" and "save", keyed by child and step. */
    drafts?: Record<string, RawForm>;
  }
}

type Params = { personId: string; stepId: string; recordId: string; table: string };

function actorOf(request: FastifyRequest): Actor {
  return { laCode: request.user!.laCode, userId: request.user!.id };
}

/** "Record a contact" saved: "Contact recorded." */
function savedMessage(step: Step): string {
  const what = /^(Record|Start|Add|Complete|End|Close) (a |an |the )?(.*)$/.exec(step.title);
  return what
    ? `${what[3]![0]!.toUpperCase()}${what[3]!.slice(1)} recorded.`
    : `Saved: ${step.title.toLowerCase()}.`;
}

export async function childrenRoutes(app: FastifyInstance): Promise<void> {
  const notFound = (reply: FastifyReply) =>
    reply.code(404).view('errors/not-found.njk', { pageTitle: 'Page not found' });

  // Find a child -------------------------------------------------------------------------------------------
  app.get<{ Querystring: { q?: string } }>(
    '/children',
    { config: { access: caseReaders } },
    async (request, reply) => {
      const q = (request.query.q ?? '').slice(0, 100);
      const results = q
        ? await inAuthority(app.db, actorOf(request), (trx) => findChildren(trx, actorOf(request), q))
        : null;
      return reply.view('children/find.njk', {
        pageTitle: 'Find a child',
        q,
        results,
        today: todayInEngland(),
      });
    },
  );

  // Add a child --------------------------------------------------------------------------------------------
  const addPage = (form: RawForm, errors: Record<string, string | undefined> = {}) => ({
    pageTitle: 'Add a child',
    fields: PERSON_FIELDS.map((f) => fieldView(f, form, errors)),
    errors: errorList(errors),
    action: '/children/new',
    submitText: 'Add child',
  });
  app.get('/children/new', { config: { access: caseWriters } }, async (_request, reply) =>
    reply.view('children/step-form.njk', addPage({})),
  );
  app.post('/children/new', { config: { access: caseWriters } }, async (request, reply) => {
    const form = (request.body ?? {}) as RawForm;
    const today = todayInEngland();
    const parsed = parseFields(PERSON_FIELDS, form, today);
    const errors = { ...checkPerson(parsed.values, today), ...(parsed.ok ? {} : parsed.errors) };
    if (!parsed.ok || Object.values(errors).some(Boolean))
      return reply.code(400).view('children/step-form.njk', addPage(form, errors));
    const result = await inAuthority(app.db, actorOf(request), (trx) =>
      addChild(trx, actorOf(request), parsed.values),
    );
    if ('errors' in result)
      return reply.code(400).view('children/step-form.njk', addPage(form, result.errors));
    request.session.flash = 'Child added';
    return reply.redirect(`/children/${result.id}`);
  });

  /** The DfE return rules this child's data fails now, from the authority's latest check. */
  async function returnChecksOf(laChildId: string, request: FastifyRequest) {
    try {
      const checks = await app.returnChecks.get(request.user!.laCode);
      return {
        findings: checks.byChild.get(laChildId) ?? [],
        checkedAt: checks.checkedAt.toLocaleTimeString('en-GB', {
          timeZone: 'Europe/London',
          hour: '2-digit',
          minute: '2-digit',
        }),
      };
    } catch (error) {
      // The record is shown whatever happens to the checks; the panel says they could not be run.
      request.log.error({ err: error }, 'return checks failed');
      return null;
    }
  }

  // The child's record --------------------------------------------------------------------------------------
  app.get<{ Params: Params }>(
    '/children/:personId',
    { config: { access: caseReaders } },
    async (request, reply) => {
      const { personId } = request.params;
      if (!UUID.test(personId)) return notFound(reply);
      const roles = request.user!.roles;
      const viewed = await viewChild(app.db, actorOf(request), personId, {
        outOfHours: readsOutOfHours(roles),
      });
      if (!viewed) return refusalPage(app, request, reply, personId);
      const child = readsCaseNotes(roles) ? viewed : recordWithoutNarrative(viewed);
      const today = todayInEngland();
      const status = statusAt(child, today);
      const canRecord = request.user!.roles.some((r) =>
        ['practitioner', 'team_manager', 'front_door'].includes(r),
      );
      const returnChecks = await returnChecksOf(child.person.la_child_id, request);
      return reply.view('children/record.njk', {
        pageTitle: `${child.person.given_name} ${child.person.family_name}`,
        child,
        status,
        today,
        age:
          child.person.date_of_birth && child.person.date_of_birth <= today
            ? ageOn(child.person.date_of_birth, today)
            : null,
        actionGroups: canRecord
          ? STEP_GROUPS.map(([group, heading]) => ({
              heading,
              actions: STEPS.filter((s) => s.group === group && s.offered(child, status)),
            })).filter((g) => g.actions.length > 0)
          : [],
        openTasks: child.tasks.filter((t) => !t.completed_date && !t.cancelled_date),
        chronology: chronology(child),
        activeWarnings: child.warnings.filter((w) => !w.end_date || w.end_date > today),
        managesAccess: roles.some((r) => RESTRICTION_MANAGERS.includes(r)),
        returnChecks,
      });
    },
  );

  // Recording a step: form, check answers, save --------------------------------------------------------------
  const draftKey = (personId: string, stepId: string) => `${personId}:${stepId}`;

  async function withStep(
    request: FastifyRequest<{ Params: Params }>,
    reply: FastifyReply,
    work: (step: Step, child: ChildRecord) => Promise<unknown>,
  ) {
    const { personId, stepId } = request.params;
    const step = stepById(stepId);
    if (!step || !UUID.test(personId)) return notFound(reply);
    const actor = actorOf(request);
    const child = await inAuthority(app.db, actor, async (trx) => {
      const found = await loadChild(trx, personId);
      // A form shows the child's record (its caption, what it is prefilled with): the view is audited.
      if (found && request.method === 'GET') {
        await audit(trx, {
          laCode: actor.laCode,
          userId: actor.userId,
          action: 'view',
          subjectType: 'person',
          subjectId: personId,
          detail: { form: stepId },
        });
      }
      return found;
    });
    if (!child) return notFound(reply);
    return work(step, child);
  }

  const fieldsOf = (request: FastifyRequest, step: Step, fields?: readonly Field[]) =>
    inAuthority(app.db, actorOf(request), (trx) => resolveFields(trx, step, fields));

  const formPage = (
    step: Step,
    fields: readonly Field[],
    child: ChildRecord,
    form: RawForm,
    errors: Record<string, string | undefined> = {},
  ) => ({
    pageTitle: step.title,
    caption: `${child.person.given_name} ${child.person.family_name}`,
    child,
    fields: fields.map((f) => fieldView(f, form, errors)),
    errors: errorList(errors),
    action: `/children/${child.person.id}/record/${step.id}`,
    backLink: `/children/${child.person.id}`,
    submitText: 'Continue',
  });

  app.get<{ Params: Params; Querystring: { change?: string } }>(
    '/children/:personId/record/:stepId',
    { config: { access: caseWriters } },
    async (request, reply) =>
      withStep(request, reply, async (step, child) => {
        const draft = request.session.drafts?.[draftKey(child.person.id, step.id)];
        let form = request.query.change && draft ? draft : undefined;
        if (!form) {
          const prefill = await inAuthority(app.db, actorOf(request), async (trx) => {
            const ctx = await stepContext(trx, actorOf(request), child, todayInEngland());
            return step.offered(child, ctx.status) ? (step.prefill?.(ctx) ?? {}) : null;
          });
          if (prefill === null) {
            request.session.flash = `"${step.title}" does not apply to this child's record as it stands.`;
            return reply.redirect(`/children/${child.person.id}`);
          }
          form = toRawForm(step.fields, prefill);
        }
        return reply.view(
          'children/step-form.njk',
          formPage(step, await fieldsOf(request, step), child, form),
        );
      }),
  );

  app.post<{ Params: Params }>(
    '/children/:personId/record/:stepId',
    { config: { access: caseWriters } },
    async (request, reply) =>
      withStep(request, reply, async (step, child) => {
        const form = (request.body ?? {}) as RawForm;
        delete form._csrf;
        const result = await inAuthority(app.db, actorOf(request), async (trx) =>
          validateStep(step, await stepContext(trx, actorOf(request), child, todayInEngland()), form),
        );
        if (!result.ok)
          return reply
            .code(400)
            .view(
              'children/step-form.njk',
              formPage(step, await fieldsOf(request, step), child, form, result.errors),
            );
        request.session.drafts = { ...request.session.drafts, [draftKey(child.person.id, step.id)]: form };
        return reply.redirect(`/children/${child.person.id}/record/${step.id}/check`);
      }),
  );

  const checkPage = (step: Step, fields: readonly Field[], child: ChildRecord, values: Values) => ({
    pageTitle: 'Check your answers',
    caption: `${step.title}: ${child.person.given_name} ${child.person.family_name}`,
    rows: fields.map((f) => ({
      key: { text: f.label },
      value: { text: displayValue(f, values[f.id]) },
      actions: {
        items: [
          {
            href: `/children/${child.person.id}/record/${step.id}?change=1#${f.kind === 'date' ? `${f.id}-day` : f.id}`,
            text: 'Change',
            visuallyHiddenText: f.label.toLowerCase(),
          },
        ],
      },
    })),
    action: `/children/${child.person.id}/record/${step.id}/check`,
    backLink: `/children/${child.person.id}/record/${step.id}?change=1`,
  });

  app.get<{ Params: Params }>(
    '/children/:personId/record/:stepId/check',
    { config: { access: caseWriters } },
    async (request, reply) =>
      withStep(request, reply, async (step, child) => {
        const draft = request.session.drafts?.[draftKey(child.person.id, step.id)];
        if (!draft) return reply.redirect(`/children/${child.person.id}/record/${step.id}`);
        const fields = await fieldsOf(request, step);
        const parsed = parseFields(fields, draft, todayInEngland());
        if (!parsed.ok) return reply.redirect(`/children/${child.person.id}/record/${step.id}?change=1`);
        return reply.view('children/check-answers.njk', checkPage(step, fields, child, parsed.values));
      }),
  );

  app.post<{ Params: Params }>(
    '/children/:personId/record/:stepId/check',
    { config: { access: caseWriters } },
    async (request, reply) =>
      withStep(request, reply, async (step, child) => {
        const key = draftKey(child.person.id, step.id);
        const draft = request.session.drafts?.[key];
        if (!draft) return reply.redirect(`/children/${child.person.id}/record/${step.id}`);
        const result = await recordStep(app.db, actorOf(request), child.person.id, step, draft);
        if (!result.ok)
          return reply
            .code(400)
            .view(
              'children/step-form.njk',
              formPage(step, await fieldsOf(request, step), child, draft, result.errors),
            );
        const drafts = { ...request.session.drafts };
        delete drafts[key];
        request.session.drafts = drafts;
        request.session.flash = [savedMessage(step), result.note].filter(Boolean).join(' ');
        return reply.redirect(`/children/${child.person.id}`);
      }),
  );

  // History and corrections ----------------------------------------------------------------------------------
  app.get<{ Params: Params }>(
    '/children/:personId/records/:table/:recordId',
    { config: { access: caseReaders } },
    async (request, reply) => {
      const { personId, table, recordId } = request.params;
      const step = STEPS.find((s) => s.table === table);
      if (!step || !UUID.test(personId) || !UUID.test(recordId)) return notFound(reply);
      const found = await inAuthority(app.db, actorOf(request), async (trx) => {
        const record = await loadRecord(trx, table as RecordTable, recordId);
        if (!record || record.person_id !== personId) return undefined;
        const child = await loadChild(trx, personId);
        const actor = actorOf(request);
        await audit(trx, {
          laCode: actor.laCode,
          userId: actor.userId,
          action: 'view',
          subjectType: 'person',
          subjectId: personId,
          detail: { table, id: recordId, history: true },
        });
        return { record, child: child!, history: await recordHistory(trx, table as RecordTable, recordId) };
      });
      if (!found) return notFound(reply);
      const fields = STEPS.filter((s) => s.table === table).flatMap((s) => s.correctionFields ?? s.fields);
      const unique = fields.filter((f, i) => fields.findIndex((g) => g.id === f.id) === i);
      const notes = readsCaseNotes(request.user!.roles);
      const versions = [
        ...found.history.map((h) => ({ ...h, data: h.data })),
        { version: found.record.version, data: found.record, current: true },
      ];
      return reply.view('children/history.njk', {
        pageTitle: 'Record history',
        child: found.child,
        table,
        recordId,
        correctSteps: STEPS.filter((s) => s.table === table).map((s) => ({ id: s.id, title: s.title })),
        versions: versions.reverse().map((v) => ({
          ...v,
          rows: unique.map((f) => ({
            key: { text: f.label },
            value: {
              text: displayValue(
                f,
                (notes ? v.data : withoutNarrative(table, v.data as Record<string, unknown>))[f.id] as never,
              ),
            },
          })),
        })),
      });
    },
  );

  const correctPage = (
    step: Step,
    fields: readonly Field[],
    child: ChildRecord,
    recordId: string,
    form: RawForm,
    errors: Record<string, string | undefined> = {},
  ) => ({
    pageTitle: `Correct: ${step.title.replace(/^Record /, '')}`,
    caption: `${child.person.given_name} ${child.person.family_name}`,
    fields: [
      ...fields.map((f) => fieldView(f, form, errors)),
      fieldView(
        {
          id: 'correction_reason',
          label: 'Why are you correcting this record?',
          hint: 'This is kept with the earlier version',
          kind: 'textarea',
        },
        form,
        errors,
      ),
    ],
    errors: errorList(errors),
    action: `/children/${child.person.id}/records/${step.table}/${recordId}/correct/${step.id}`,
    backLink: `/children/${child.person.id}/records/${step.table}/${recordId}`,
    submitText: 'Save correction',
  });

  app.get<{ Params: Params }>(
    '/children/:personId/records/:table/:recordId/correct/:stepId',
    { config: { access: caseWriters } },
    async (request, reply) =>
      withStep(request, reply, async (step, child) => {
        const { recordId, table } = request.params;
        if (step.table !== table || !UUID.test(recordId)) return notFound(reply);
        const record = await inAuthority(app.db, actorOf(request), (trx) =>
          loadRecord(trx, step.table, recordId),
        );
        if (!record || record.person_id !== child.person.id) return notFound(reply);
        const fields = await fieldsOf(request, step, step.correctionFields);
        return reply.view(
          'children/step-form.njk',
          correctPage(step, fields, child, recordId, toRawForm(fields, record as Values)),
        );
      }),
  );

  app.post<{ Params: Params }>(
    '/children/:personId/records/:table/:recordId/correct/:stepId',
    { config: { access: caseWriters } },
    async (request, reply) =>
      withStep(request, reply, async (step, child) => {
        const { recordId, table } = request.params;
        if (step.table !== table || !UUID.test(recordId)) return notFound(reply);
        const form = (request.body ?? {}) as RawForm;
        const reason = typeof form.correction_reason === 'string' ? form.correction_reason : '';
        const result = await correctStep(
          app.db,
          actorOf(request),
          child.person.id,
          step,
          recordId,
          form,
          reason,
        );
        if (!result.ok) {
          const fields = await fieldsOf(request, step, step.correctionFields);
          return reply
            .code(400)
            .view('children/step-form.njk', correctPage(step, fields, child, recordId, form, result.errors));
        }
        request.session.flash = 'Correction saved. The earlier version is kept in the record history.';
        return reply.redirect(`/children/${child.person.id}/records/${table}/${recordId}`);
      }),
  );
}
