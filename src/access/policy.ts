import type { Role } from './roles.ts';
import type { CurrentUser } from './users.ts';

/**
 * Who may use a route. Every route declares one in its `config.access`; the app refuses to start if any
 * route does not. `public` is for sign-in, health and static assets only.
 */
export type AccessPolicy =
  { kind: 'public' } | { kind: 'signed_in' } | { kind: 'roles'; roles: readonly Role[] };

export const publicAccess: AccessPolicy = { kind: 'public' };
export const signedIn: AccessPolicy = { kind: 'signed_in' };
export function anyOf(...roles: Role[]): AccessPolicy {
  return { kind: 'roles', roles };
}

export function allows(policy: AccessPolicy, user: CurrentUser | undefined): boolean {
  switch (policy.kind) {
    case 'public':
      return true;
    case 'signed_in':
      return user !== undefined;
    case 'roles':
      return user !== undefined && user.roles.some((role) => policy.roles.includes(role));
  }
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessPolicy;
  }
}

/** Who may read children's records (scoped further to what each may see, issue 7). */
export const caseReaders = anyOf(
  'practitioner',
  'team_manager',
  'head_of_service',
  'performance_analyst',
  'front_door',
  'iro',
  'emergency_duty',
);
/** Who may record and correct steps of a child's journey. */
export const caseWriters = anyOf('practitioner', 'team_manager', 'front_door');
/** Who may see teams' caseloads and overdue work. */
export const managers = anyOf('team_manager', 'head_of_service');

/** Roles that read the record in full; a performance analyst alone reads it without free-text case notes. */
const NOTE_READERS: readonly Role[] = [
  'practitioner',
  'team_manager',
  'head_of_service',
  'front_door',
  'iro',
  'emergency_duty',
];

export function readsCaseNotes(roles: readonly Role[]): boolean {
  return roles.some((r) => NOTE_READERS.includes(r));
}

/** Whether the user reads a record only as emergency duty: each such view is audited as out of hours. */
export function readsOutOfHours(roles: readonly Role[]): boolean {
  return (
    roles.includes('emergency_duty') &&
    !roles.some((r) => ['head_of_service', 'performance_analyst', 'privacy_officer'].includes(r))
  );
}
/**
 * Who may administer an authority: its users (add them, change their roles, disable them, end their
 * sessions), and imports of records from a legacy system's files.
 */
export const administrators = anyOf('administrator');
