import { audit } from '../access/audit.ts';
import type { Actor, Trx } from '../db/database.ts';
import {
  TIMESCALE_RULES,
  TIMESCALE_UNITS,
  validateLocalTimescalePolicy,
  type TimescaleRule,
  type TimescaleUnit,
} from '../domain/timescales.ts';
import { loadLocalPolicy } from './clocks.ts';

/** The rules an authority sets for itself (visit and supervision intervals), with its current values. */
export async function localPolicyRules(
  trx: Trx,
): Promise<(TimescaleRule & { default: string; local: boolean })[]> {
  const policy = (await loadLocalPolicy(trx)) as Record<
    string,
    { unit: TimescaleUnit; amount: number } | undefined
  >;
  return Object.values(TIMESCALE_RULES)
    .filter((rule) => rule.basis === 'local_policy')
    .map((rule) => {
      const local = policy[rule.id];
      return {
        ...rule,
        unit: local?.unit ?? rule.unit,
        amount: local?.amount ?? rule.amount,
        default: `${rule.amount} ${rule.unit.replace('_', ' ')}`,
        local: local !== undefined,
      };
    });
}

/**
 * Sets one of the authority's local timescales. New clocks use it from now on; clocks already running keep
 * the due date they were given, with the rule that set it.
 */
export async function setLocalPolicy(
  trx: Trx,
  actor: Actor,
  ruleId: string,
  unit: string,
  amount: number,
): Promise<string | null> {
  const problems = validateLocalTimescalePolicy({ [ruleId]: { unit, amount } });
  if (problems.length > 0) return problems[0]!;
  if (!(TIMESCALE_UNITS as readonly string[]).includes(unit)) return 'Select a unit';
  await trx
    .insertInto('authority_policy')
    .values({ la_code: actor.laCode, rule_id: ruleId, unit, amount })
    .onConflict((oc) => oc.columns(['la_code', 'rule_id']).doUpdateSet({ unit, amount }))
    .execute();
  await audit(trx, {
    laCode: actor.laCode,
    userId: actor.userId,
    action: 'set_local_policy',
    subjectType: 'authority',
    subjectId: actor.laCode,
    detail: { ruleId, unit, amount },
  });
  return null;
}
