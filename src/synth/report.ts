/**
 * The calibration report: the headline rates of a seeded authority, computed from the database with plain
 * SQL, beside the England figures they aim at (shared/standards/README.md section 7; the seeds). Dates
 * follow the indicator catalogue: open at D means start <= D and (no end, or end > D); "the 12 months to D"
 * is the window after D minus 12 months up to and including D; wd(a, b) counts the working days d with
 * a < d <= b, less the bank holidays of England and Wales.
 */
import { BANK_HOLIDAYS } from '../domain/bank-holidays.ts';
import { addMonths, addWorkingDays, dayOf, isoOf } from './calendar.ts';
import type { SeedConnection } from './load.ts';
import { ENGLAND } from './parameters.ts';

export interface CalibrationLine {
  id: string;
  label: string;
  value: number | null;
  /** What the figure aims at, and how it is written in the report. */
  target: number;
  targetText: string;
  /** Within 20% of the target (and, for assessments ending in no further action, over half). */
  withinBand: boolean;
  unit: 'rate' | 'percent';
}

export interface CalibrationReport {
  laCode: string;
  name: string;
  asAt: string;
  population: number;
  headline: CalibrationLine[];
  /** Other figures worth seeing, not calibrated against a target. */
  context: { label: string; value: string }[];
  /** Referrals by calendar month over the 12 months to the as-at date, oldest first. */
  referralsByMonth: { month: string; referrals: number }[];
  /** Caseloads by kind of team at the as-at date. */
  caseloads: {
    teamType: string;
    teams: number;
    workers: number;
    fte: number;
    children: number;
    perFte: number | null;
    target: number | null;
    over30: number;
  }[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function line(
  id: string,
  label: string,
  value: number | null,
  target: number,
  unit: CalibrationLine['unit'],
  targetText = unit === 'percent' ? `${target}%` : String(target),
  extra = true,
): CalibrationLine {
  const withinBand = value !== null && Math.abs(value - target) <= 0.2 * target && extra;
  return { id, label, value, target, targetText, withinBand, unit };
}

/**
 * The report for an authority at `asAt` ('YYYY-MM-DD') with `population` children aged 0-17, read through a
 * connection whose transaction has `hearth.la_code` set to the authority.
 */
export async function calibrationReport(
  connection: SeedConnection,
  laCode: string,
  asAt: string,
  population: number,
): Promise<CalibrationReport> {
  const D = asAt;
  const yearStart = isoOf(addMonths(dayOf(D), -12));
  // The earliest day wd() is needed from: assessments authorised in the year started at most ~2 years before.
  const calendarFrom = isoOf(addMonths(dayOf(D), -48));
  const tenthWorkingDayBack = isoOf(workingDaysBack(dayOf(D), 10));
  const per10k = (n: number) => (n / population) * 10_000;
  const pct = (a: number, b: number) => (b > 0 ? (a / b) * 100 : null);
  const [{ name } = { name: laCode }] = await connection.query<{ name: string }>(
    'SELECT name FROM local_authority WHERE la_code = $1',
    [laCode],
  );

  const [r] = await connection.query<Record<string, string>>(
    `WITH cal AS (
       SELECT d::date AS day,
              count(*) FILTER (WHERE extract(isodow FROM d) < 6 AND NOT d::date = ANY($4::date[]))
                OVER (ORDER BY d) AS cum
       FROM generate_series($5::date, $2::date, interval '1 day') d
     ),
     year_referrals AS (
       SELECT r.person_id, r.referral_date,
              EXISTS (SELECT 1 FROM referral p
                      WHERE p.la_code = r.la_code AND p.person_id = r.person_id AND p.voided_at IS NULL
                        AND p.referral_date < r.referral_date
                        AND p.referral_date >= r.referral_date - interval '12 months') AS re_referral
       FROM referral r
       WHERE r.la_code = $1 AND r.voided_at IS NULL AND r.referral_date > $3::date AND r.referral_date <= $2::date
     ),
     year_assessments AS (
       SELECT a.outcome, cb.cum - ca.cum AS wd
       FROM assessment a
       JOIN cal ca ON ca.day = a.start_date
       JOIN cal cb ON cb.day = a.authorised_date
       WHERE a.la_code = $1 AND a.voided_at IS NULL
         AND a.authorised_date > $3::date AND a.authorised_date <= $2::date
     ),
     cla AS (
       SELECT DISTINCT e.person_id FROM cla_episode e
       WHERE e.la_code = $1 AND e.voided_at IS NULL AND e.start_date <= $2::date
         AND (e.end_date IS NULL OR e.end_date > $2::date) AND e.legal_status NOT IN ('V3', 'V4')
     ),
     cp AS (
       SELECT DISTINCT p.person_id, p.start_date FROM cp_plan p
       WHERE p.la_code = $1 AND p.voided_at IS NULL AND p.start_date <= $2::date
         AND (p.end_date IS NULL OR p.end_date > $2::date)
     ),
     cin_plans AS (
       SELECT DISTINCT p.person_id, p.start_date FROM cin_plan p
       WHERE p.la_code = $1 AND p.voided_at IS NULL AND p.start_date <= $2::date
         AND (p.end_date IS NULL OR p.end_date > $2::date)
     )
     SELECT
       (SELECT count(*) FROM year_referrals) AS referrals,
       (SELECT count(*) FROM year_referrals WHERE re_referral) AS re_referrals,
       (SELECT count(DISTINCT person_id) FROM referral WHERE la_code = $1 AND voided_at IS NULL
          AND referral_date <= $2::date AND (closure_date IS NULL OR closure_date > $2::date)) AS children_in_need,
       (SELECT count(DISTINCT person_id) FROM cp) AS cp_plans,
       (SELECT count(*) FROM cla) AS cla,
       (SELECT count(*) FROM cla JOIN person p ON p.la_code = $1 AND p.id = cla.person_id
          WHERE p.uasc_since <= $2::date AND (p.uasc_ceased IS NULL OR p.uasc_ceased > $2::date)) AS uasc,
       (SELECT count(DISTINCT person_id) FROM early_help_episode WHERE la_code = $1 AND voided_at IS NULL
          AND start_date <= $2::date AND (end_date IS NULL OR end_date > $2::date)) AS early_help,
       (SELECT count(*) FROM year_assessments) AS assessments,
       (SELECT count(*) FROM year_assessments WHERE outcome = 'nfa') AS assessments_nfa,
       (SELECT count(*) FROM year_assessments WHERE wd <= 45) AS assessments_45wd,
       (SELECT count(*) FROM cp WHERE cp.start_date < $6::date) AS cp_visit_denominator,
       (SELECT count(*) FROM cp WHERE cp.start_date < $6::date AND EXISTS (
          SELECT 1 FROM visit v WHERE v.la_code = $1 AND v.person_id = cp.person_id AND v.voided_at IS NULL
            AND v.child_seen AND v.visit_date >= $6::date AND v.visit_date <= $2::date)) AS cp_visited,
       (SELECT count(DISTINCT person_id) FROM (SELECT person_id FROM cla UNION SELECT person_id FROM cp
          UNION SELECT person_id FROM cin_plans) open_plans) AS cin_rate_children,
       (SELECT count(*) FROM cin_plans) AS cin_plans,
       (SELECT count(*) FROM cin_plans WHERE cin_plans.start_date < $2::date - 28) AS cin_visit_denominator,
       (SELECT count(*) FROM cin_plans WHERE cin_plans.start_date < $2::date - 28 AND EXISTS (
          SELECT 1 FROM visit v WHERE v.la_code = $1 AND v.person_id = cin_plans.person_id AND v.voided_at IS NULL
            AND v.child_seen AND v.visit_date > $2::date - 28 AND v.visit_date <= $2::date)) AS cin_visited,
       (SELECT count(DISTINCT person_id) FROM care_leaver WHERE la_code = $1 AND voided_at IS NULL
          AND eligibility IN ('eligible', 'relevant', 'former_relevant')
          AND start_date <= $2::date AND (end_date IS NULL OR end_date > $2::date)) AS care_leavers,
       (SELECT count(*) FROM contact WHERE la_code = $1 AND voided_at IS NULL
          AND contact_date > $3::date AND contact_date <= $2::date) AS contacts,
       (SELECT count(*) FROM task WHERE la_code = $1 AND voided_at IS NULL AND completed_date IS NULL
          AND cancelled_date IS NULL) AS open_tasks,
       (SELECT count(*) FROM task WHERE la_code = $1 AND voided_at IS NULL AND completed_date IS NULL
          AND cancelled_date IS NULL AND due_date < $2::date) AS overdue_tasks,
       (SELECT count(*) FROM task WHERE la_code = $1 AND voided_at IS NULL AND completed_date IS NULL
          AND cancelled_date IS NULL AND due_date < $2::date AND overdue_reason IS NOT NULL) AS overdue_with_reason`,
    [laCode, D, yearStart, BANK_HOLIDAYS, calendarFrom, tenthWorkingDayBack],
  );
  const n = (key: string) => Number(r?.[key] ?? 0);

  const nfaPct = pct(n('assessments_nfa'), n('assessments'));
  const headline: CalibrationLine[] = [
    line(
      'referrals',
      'Referrals in the 12 months to the as-at date, per 10,000',
      per10k(n('referrals')),
      ENGLAND.referralsPer10k,
      'rate',
    ),
    line(
      're_referrals',
      'Re-referrals within 12 months, % of referrals',
      pct(n('re_referrals'), n('referrals')),
      ENGLAND.reReferralPct,
      'percent',
    ),
    line(
      'children_in_need',
      'Children in need (open episodes) at the as-at date, per 10,000',
      per10k(n('children_in_need')),
      ENGLAND.childrenInNeedPer10k,
      'rate',
    ),
    line(
      'cp_plans',
      'Children on a child protection plan, per 10,000',
      per10k(n('cp_plans')),
      ENGLAND.cpPlansPer10k,
      'rate',
    ),
    line('cla', 'Children looked after, per 10,000', per10k(n('cla')), ENGLAND.claPer10k, 'rate'),
    line(
      'uasc',
      'Unaccompanied asylum-seeking children, % of children looked after',
      pct(n('uasc'), n('cla')),
      ENGLAND.uascPctOfCla,
      'percent',
    ),
    line(
      'early_help',
      'Children open to early help, per 250,000',
      per10k(n('early_help')) * 25,
      ENGLAND.earlyHelpPer10k * 25,
      'rate',
      '1,000',
    ),
    line(
      'assessments_nfa',
      'Assessments ending in no further action, %',
      nfaPct,
      ENGLAND.assessmentsNfaPct,
      'percent',
      `over 50%`,
      nfaPct !== null && nfaPct > 50,
    ),
    line(
      'assessments_45wd',
      'Assessments within 45 working days, %',
      pct(n('assessments_45wd'), n('assessments')),
      ENGLAND.assessments45wdPct,
      'percent',
      `most (${ENGLAND.assessments45wdPct}%)`,
    ),
    line(
      'cp_visits_10wd',
      'Children on a CP plan seen within 10 working days, %',
      pct(n('cp_visited'), n('cp_visit_denominator')),
      ENGLAND.cpVisits10wdPct,
      'percent',
      `most (${ENGLAND.cpVisits10wdPct}%)`,
    ),
  ];

  const context = [
    {
      label: 'Contacts in the 12 months (per referral)',
      value: `${n('contacts').toLocaleString('en-GB')} (${(n('contacts') / Math.max(1, n('referrals'))).toFixed(1)})`,
    },
    {
      label: 'Children on a CIN plan, CP plan or looked after, per 10,000 (cin_rate)',
      value: per10k(n('cin_rate_children')).toFixed(1),
    },
    { label: 'Children on a child in need plan, per 10,000', value: per10k(n('cin_plans')).toFixed(1) },
    {
      label: 'Children on a CIN plan seen in the last 28 days, %',
      value: fmtPct(pct(n('cin_visited'), n('cin_visit_denominator'))),
    },
    {
      label: 'Care leavers (eligible, relevant, former relevant) at the as-at date',
      value: n('care_leavers').toLocaleString('en-GB'),
    },
    {
      label: 'Open tasks (overdue; overdue with a reason)',
      value: `${n('open_tasks').toLocaleString('en-GB')} (${n('overdue_tasks').toLocaleString('en-GB')}; ${n('overdue_with_reason').toLocaleString('en-GB')})`,
    },
  ];

  const months = await connection.query<{ month: string; referrals: string }>(
    `SELECT to_char(date_trunc('month', referral_date), 'YYYY-MM') AS month, count(*) AS referrals
     FROM referral WHERE la_code = $1 AND voided_at IS NULL
       AND referral_date >= date_trunc('month', $2::date) - interval '11 months' AND referral_date <= $2::date
     GROUP BY 1 ORDER BY 1`,
    [laCode, D],
  );

  const caseloads = await connection.query<Record<string, string | null>>(
    `WITH held AS (
       SELECT a.worker_id, count(DISTINCT a.person_id) AS children FROM allocation a
       WHERE a.la_code = $1 AND a.voided_at IS NULL AND a.worker_id IS NOT NULL
         AND a.start_date <= $2::date AND (a.end_date IS NULL OR a.end_date > $2::date)
       GROUP BY a.worker_id
     ),
     w AS (
       SELECT w.id, w.team_id, w.fte, coalesce(held.children, 0) AS children
       FROM worker w LEFT JOIN held ON held.worker_id = w.id
       WHERE w.la_code = $1 AND w.voided_at IS NULL AND w.case_holding
         AND w.start_date <= $2::date AND (w.leave_date IS NULL OR w.leave_date > $2::date)
     )
     SELECT t.team_type, count(DISTINCT t.id) AS teams, count(w.id) AS workers, coalesce(sum(w.fte), 0) AS fte,
            coalesce(sum(w.children), 0) AS children, count(*) FILTER (WHERE w.children >= 30) AS over30,
            max(t.caseload_target) AS target
     FROM team t LEFT JOIN w ON w.team_id = t.id
     WHERE t.la_code = $1 AND t.voided_at IS NULL AND t.team_type <> 'service'
     GROUP BY t.team_type ORDER BY t.team_type`,
    [laCode, D],
  );

  return {
    laCode,
    name,
    asAt: D,
    population,
    headline,
    context,
    referralsByMonth: months.map((m) => ({ month: m.month, referrals: Number(m.referrals) })),
    caseloads: caseloads.map((c) => ({
      teamType: String(c.team_type),
      teams: Number(c.teams),
      workers: Number(c.workers),
      fte: Number(c.fte),
      children: Number(c.children),
      perFte: Number(c.fte) > 0 ? Number(c.children) / Number(c.fte) : null,
      target: c.target === null ? null : Number(c.target),
      over30: Number(c.over30),
    })),
  };
}

/** The earliest day v with wd(v, day) <= n: visits on or after it are within n working days of `day`. */
function workingDaysBack(day: number, n: number): number {
  let v = day;
  // Step back while the day before still has wd(v - 1, day) <= n.
  while (addWorkingDays(v - 1, n + 1) > day) v--;
  return v;
}

function fmtPct(value: number | null): string {
  return value === null ? '–' : `${value.toFixed(1)}%`;
}

/** The report as text, for the command line. */
export function formatReport(report: CalibrationReport): string {
  const out: string[] = [];
  const width = 70;
  out.push(
    `Calibration report: ${report.name} (${report.laCode}) at ${report.asAt}, ${report.population.toLocaleString('en-GB')} children aged 0-17`,
    '',
    `${'Measure'.padEnd(width)} ${'Generated'.padStart(10)}  ${'England / aim'.padEnd(16)} Band`,
  );
  for (const l of report.headline) {
    const value =
      l.value === null ? '–' : l.unit === 'percent' ? `${l.value.toFixed(1)}%` : l.value.toFixed(1);
    out.push(
      `${l.label.padEnd(width)} ${value.padStart(10)}  ${l.targetText.padEnd(16)} ${l.withinBand ? 'within 20%' : 'OUTSIDE 20%'}`,
    );
  }
  out.push('');
  for (const c of report.context) out.push(`${c.label.padEnd(width)} ${c.value.padStart(10)}`);
  out.push('', 'Referrals by month (August dips; September and January rise):');
  out.push(
    report.referralsByMonth
      .map(
        (m) =>
          `${MONTHS[Number(m.month.slice(5)) - 1]} ${m.month.slice(2, 4)}: ${m.referrals.toLocaleString('en-GB')}`,
      )
      .join(', '),
  );
  out.push(
    '',
    `${'Caseloads at the as-at date'.padEnd(28)} ${'teams'.padStart(6)} ${'workers'.padStart(8)} ${'FTE'.padStart(7)} ${'children'.padStart(9)} ${'per FTE'.padStart(8)} ${'target'.padStart(7)} ${'30+'.padStart(4)}`,
  );
  for (const c of report.caseloads)
    out.push(
      `${c.teamType.padEnd(28)} ${String(c.teams).padStart(6)} ${String(c.workers).padStart(8)} ${c.fte.toFixed(1).padStart(7)} ${String(c.children).padStart(9)} ${(c.perFte === null ? '–' : c.perFte.toFixed(1)).padStart(8)} ${(c.target === null ? '–' : String(c.target)).padStart(7)} ${String(c.over30).padStart(4)}`,
    );
  return out.join('\n');
}
