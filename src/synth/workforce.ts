/**
 * The workforce and who holds each child's case. The team structure is that of the seeds (000_… 2.6,
 * 001_… 2.5): in each district an assessment team and children's teams (or, in districts that have moved to
 * the model, Family Safeguarding teams) and early help; adolescent, children in care, care leaving and
 * disability teams for each half of the county; one unaccompanied children's team. Teams are sized from the
 * children they will hold so that caseloads sit near their targets (20; assessment and care leaving 25;
 * Family Safeguarding 15). Every post in a team is held by a run of workers with start and leave dates,
 * permanent or agency, with gaps between them (vacancies).
 *
 * Allocation then follows the children through time: a case goes to the worker in the right team with the
 * most room (caseload against FTE and how much that worker takes on); a worker who leaves hands their
 * children on (SW_REASON LEFTRL); a child moving to another team's service is transferred (TSPROC); a team
 * with nobody in post holds the child unallocated until a worker starts. A few workers carry more than
 * others, and some end up over 30.
 */
import { addMonths, ageOn, type Day } from './calendar.ts';
import type { Allocation, Child, Phase, TeamType } from './model.ts';
import { PARAMETERS as P } from './parameters.ts';
import { DISTRICTS, FAMILY_NAMES, GIVEN_NAMES_F, GIVEN_NAMES_M } from './people.ts';
import type { Random } from './random.ts';

export interface ExistingTeam {
  id: string;
  name: string;
  teamType: string;
  caseloadTarget: number | null;
}

export interface ExistingWorker {
  id: string;
  name: string;
  teamId: string;
  fte: number;
  agency: boolean;
  caseHolding: boolean;
  start: Day;
  leave: Day | null;
}

/** Teams and workers the authority already has (the demo's), which the generator uses rather than copies. */
export interface ExistingWorkforce {
  teams: readonly ExistingTeam[];
  workers: readonly ExistingWorker[];
}

export interface Team {
  /** Row in the team table; negative for an existing team (-1 is existing.teams[0]). */
  ref: number;
  name: string;
  type: TeamType | 'service';
  /** The district or half of the county it serves. */
  group: string;
  target: number;
  parent: number | null;
  existing: boolean;
  /** Case-holding posts, each a run of workers. */
  posts: Worker[][];
  managers: Worker[];
}

export interface Worker {
  /** Row in the worker table; negative for an existing worker. */
  ref: number;
  name: string;
  swe: string;
  jobTitle: string;
  team: number;
  fte: number;
  agency: boolean;
  caseHolding: boolean;
  start: Day;
  leave: Day | null;
  /** How much more (or less) than an even share this worker takes on. */
  capacity: number;
  existing: boolean;
}

export interface Workforce {
  teams: Team[];
  workers: Worker[];
}

const ADOLESCENT_FROM = 13;

function regionName(region: number, regions: number): string {
  return regions === 1 ? 'County' : region === 0 ? 'North' : 'South';
}

/** Whether a district works in the Family Safeguarding model (every other district, when there are two or more). */
export function familySafeguarding(district: number, districts: number): boolean {
  return districts >= 2 && district % 2 === 1;
}

/** The group of teams a phase's case goes to: a district, a half of the county, or the whole county. */
export function groupOf(team: TeamType, district: number, districts: number): string {
  const regions = districts >= 2 ? 2 : 1;
  switch (team) {
    case 'assessment':
    case 'children':
    case 'family_safeguarding':
    case 'early_help':
      return `${team}:${district}`;
    case 'unaccompanied':
      return `${team}:0`;
    default:
      return `${team}:${district % regions}`;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Phases: which kind of team holds the case, when
// ---------------------------------------------------------------------------------------------------------

/** The spans in which each kind of team holds the child's case, from the journey. */
export function phasesOf(child: Child, districts: number): Phase[] {
  const disabled = child.disabilities.length > 0;
  const uasc = child.uascSince !== null;
  const fs = familySafeguarding(child.district, districts);
  const ageAt = (day: Day) => ageOn(child.dob, day);
  const planTeam = (day: Day): TeamType =>
    disabled
      ? 'disability'
      : ageAt(day) >= ADOLESCENT_FROM
        ? 'adolescent'
        : fs
          ? 'family_safeguarding'
          : 'children';
  const phases: Phase[] = [];
  const push = (team: TeamType, start: Day, end: Day | null, reason: string) => {
    const last = phases.at(-1);
    if (last && last.end === null) last.end = start;
    if (last && last.end !== null && last.end > start) last.end = start;
    if (last && last.team === team && last.end === start) {
      last.end = end;
      return;
    }
    if (end !== null && end <= start) return;
    phases.push({ team, start, end, reason });
  };

  const spans: {
    start: Day;
    end: Day | null;
    kind: 'referral' | 'care_leaver' | 'early_help';
    index: number;
  }[] = [];
  child.referrals.forEach((r, index) => {
    if (r.allocated) spans.push({ start: r.date, end: r.closure, kind: 'referral', index });
  });
  let leaverStart: Day | null = null;
  let leaverEnd: Day | null = null;
  for (const status of child.careLeaver) {
    if (status.eligibility === 'eligible') continue;
    if (leaverStart === null) leaverStart = status.start;
    leaverEnd = status.end;
  }
  if (leaverStart !== null) spans.push({ start: leaverStart, end: leaverEnd, kind: 'care_leaver', index: 0 });
  child.earlyHelp.forEach((e, index) => {
    if (e.agency === 'local_authority') spans.push({ start: e.start, end: e.end, kind: 'early_help', index });
  });
  spans.sort((a, b) => a.start - b.start);

  for (const span of spans) {
    if (span.kind === 'early_help') {
      push('early_help', span.start, span.end, 'TSPROC');
      continue;
    }
    if (span.kind === 'care_leaver') {
      push(uasc ? 'unaccompanied' : 'care_leaving', span.start, span.end, 'TSPROC');
      continue;
    }
    const referral = child.referrals[span.index]!;
    const changes: { day: Day; team: TeamType }[] = [
      { day: referral.date, team: disabled ? 'disability' : uasc ? 'unaccompanied' : 'assessment' },
    ];
    for (const plan of referral.cinPlans) changes.push({ day: plan.start, team: planTeam(plan.start) });
    for (const plan of referral.cpPlans) changes.push({ day: plan.start, team: planTeam(plan.start) });
    for (const period of referral.periods) {
      const start = period.episodes[0]!.start;
      changes.push({
        day: start,
        team: disabled ? 'disability' : uasc ? 'unaccompanied' : 'children_in_care',
      });
    }
    changes.sort((a, b) => a.day - b.day);
    const closure = referral.closure;
    changes.forEach((change, i) => {
      const next = changes[i + 1];
      if (closure !== null && change.day >= closure && i > 0) return;
      push(change.team, change.day, next ? next.day : closure, i === 0 ? '' : 'TSPROC');
    });
    const last = phases.at(-1);
    if (last) last.end = closure;
  }
  return phases.filter((p) => p.end === null || p.end > p.start);
}

// ---------------------------------------------------------------------------------------------------------
// Teams and posts
// ---------------------------------------------------------------------------------------------------------

const TEAM_LABEL: Record<TeamType, string> = {
  assessment: 'Assessment',
  children: 'Children’s',
  adolescent: 'Adolescent',
  family_safeguarding: 'Family Safeguarding',
  children_in_care: 'Children in Care',
  care_leaving: 'Care Leaving',
  unaccompanied: 'Unaccompanied Children',
  disability: 'Disabled Children',
  early_help: 'Early Help',
};

const SERVICES: Record<TeamType, string> = {
  assessment: 'Early Help and Assessment',
  early_help: 'Early Help and Assessment',
  children: 'Safeguarding and Family Support',
  family_safeguarding: 'Safeguarding and Family Support',
  adolescent: 'Safeguarding and Family Support',
  children_in_care: 'Corporate Parenting',
  care_leaving: 'Corporate Parenting',
  unaccompanied: 'Corporate Parenting',
  disability: 'Specialist Services',
};

const JOB_TITLES: Record<TeamType, readonly string[]> = {
  assessment: ['Social worker', 'Social worker', 'Senior social worker'],
  children: ['Social worker', 'Social worker', 'Senior social worker', 'Advanced practitioner'],
  adolescent: ['Social worker', 'Senior social worker'],
  family_safeguarding: ['Social worker', 'Senior social worker', 'Advanced practitioner'],
  children_in_care: ['Social worker', 'Senior social worker'],
  care_leaving: ['Personal adviser', 'Personal adviser', 'Senior personal adviser'],
  unaccompanied: ['Social worker', 'Personal adviser'],
  disability: ['Social worker', 'Senior social worker'],
  early_help: ['Family practitioner', 'Family worker', 'Early help practitioner'],
};

/** Children open to each group of teams, averaged over monthly counts in the two years to the as-at date. */
function demand(children: readonly Child[], districts: number, asAt: Day): Map<string, number> {
  const samples: Day[] = [];
  for (let m = 0; m < 24; m++) samples.push(addMonths(asAt, -m));
  const counts = new Map<string, number>();
  for (const child of children) {
    for (const phase of child.phases) {
      let n = 0;
      for (const day of samples) if (phase.start <= day && (phase.end === null || phase.end > day)) n++;
      if (n === 0) continue;
      const group = groupOf(phase.team, child.district, districts);
      counts.set(group, (counts.get(group) ?? 0) + n / samples.length);
    }
  }
  return counts;
}

class Names {
  private readonly used = new Set<string>();
  private swe = 10_000;

  constructor(
    private readonly random: Random,
    existing: Iterable<string>,
  ) {
    for (const name of existing) this.used.add(name);
  }

  person(): string {
    for (;;) {
      const female = this.random.chance(0.8);
      const given = this.random.pick(female ? GIVEN_NAMES_F : GIVEN_NAMES_M);
      const name = `${given} ${this.random.pick(FAMILY_NAMES)}`;
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
      if (this.used.size > 5000 && this.random.chance(0.5)) {
        const initial = String.fromCharCode(65 + this.random.int(0, 25));
        const longer = `${given} ${initial}. ${this.random.pick(FAMILY_NAMES)}`;
        if (!this.used.has(longer)) {
          this.used.add(longer);
          return longer;
        }
      }
    }
  }

  sweNumber(): string {
    this.swe += this.random.int(1, 37);
    return `SW${this.swe}`;
  }
}

interface WorkforceSettings {
  asAt: Day;
  districts: number;
  /** The first day any case is held (workers are in post from before then). */
  from: Day;
}

/** The teams, sized to the children they will hold, and the runs of workers in their posts. */
export function buildWorkforce(
  children: readonly Child[],
  settings: WorkforceSettings,
  existing: ExistingWorkforce,
  random: Random,
): Workforce {
  const { asAt, districts, from } = settings;
  const regions = districts >= 2 ? 2 : 1;
  const open = demand(children, districts, asAt);
  const names = new Names(random.derive('names'), [
    ...existing.teams.map((t) => t.name),
    ...existing.workers.map((w) => w.name),
  ]);
  const teamNames = new Set(existing.teams.map((t) => t.name));
  const teams: Team[] = [];
  const workers: Worker[] = [];
  let nextTeam = 0;
  let nextWorker = 0;

  // Service areas: the parents of the teams.
  const services = new Map<string, number>();
  for (const service of new Set(Object.values(SERVICES))) {
    const name = `${service} Service`;
    if (teamNames.has(name)) continue;
    const ref = nextTeam++;
    services.set(service, ref);
    teams.push({
      ref,
      name,
      type: 'service',
      group: 'service',
      target: 0,
      parent: null,
      existing: false,
      posts: [],
      managers: [],
    });
  }

  // Existing teams are the first teams of their kind in the first district or half of the county.
  const existingFor = new Map<string, ExistingTeam[]>();
  existing.teams.forEach((team) => {
    const type = team.teamType as TeamType;
    if (!(type in TEAM_LABEL)) return;
    const group = groupOf(type, 0, districts);
    existingFor.set(group, [...(existingFor.get(group) ?? []), team]);
  });

  const groups: { type: TeamType; group: string; place: string }[] = [];
  for (let d = 0; d < districts; d++) {
    const place =
      DISTRICTS[d % DISTRICTS.length]! +
      (d >= DISTRICTS.length ? ` ${Math.floor(d / DISTRICTS.length) + 1}` : '');
    groups.push({ type: 'assessment', group: `assessment:${d}`, place });
    const model = familySafeguarding(d, districts) ? 'family_safeguarding' : 'children';
    groups.push({ type: model, group: `${model}:${d}`, place });
    groups.push({ type: 'early_help', group: `early_help:${d}`, place });
  }
  for (let g = 0; g < regions; g++) {
    const place = regionName(g, regions);
    for (const type of ['adolescent', 'children_in_care', 'care_leaving', 'disability'] as const)
      groups.push({ type, group: `${type}:${g}`, place });
  }
  groups.push({ type: 'unaccompanied', group: 'unaccompanied:0', place: '' });

  const rand = random.derive('posts');
  for (const { type, group, place } of groups) {
    const target = P.caseloadTargets[type];
    const children = open.get(group) ?? 0;
    // Mean FTE about 0.93, and about one post in fourteen vacant at a time.
    const needed = children / (target * 0.93 * 0.93);
    // A small team rounds up: one vacancy in four posts would otherwise overload it.
    const posts = Math.max(1, needed < 6 ? Math.ceil(needed - 0.15) : Math.round(needed));
    const teamCount = Math.max(1, Math.round(posts / 7));
    const reuse = existingFor.get(group) ?? [];
    for (let t = 0; t < Math.max(teamCount, reuse.length); t++) {
      const old = reuse[t];
      const label = type === 'unaccompanied' ? TEAM_LABEL[type] : `${place} ${TEAM_LABEL[type]}`;
      let name = teamCount > 1 || reuse.length > 0 ? `${label} ${t + 1}` : label;
      while (!old && teamNames.has(name)) name = `${name} (${place || 'County'})`;
      teamNames.add(name);
      const team: Team = {
        ref: old ? -(existing.teams.indexOf(old) + 1) : nextTeam++,
        name: old ? old.name : name,
        type,
        group,
        target: old?.caseloadTarget ?? target,
        parent: old ? null : (services.get(SERVICES[type]) ?? null),
        existing: Boolean(old),
        posts: [],
        managers: [],
      };
      teams.push(team);
      const share = Math.floor(posts / teamCount) + (t < posts % teamCount ? 1 : 0);
      const mine = existing.workers.filter((w) => old && w.teamId === old.id);
      const holders = mine.filter((w) => w.caseHolding);
      const managers = mine.filter((w) => !w.caseHolding);
      const postCount = Math.max(share, holders.length, t < teamCount ? 1 : 0);
      for (let p = 0; p < postCount; p++) {
        team.posts.push(postHistory(rand, names, team, type, from, asAt, holders[p], existing, true));
      }
      team.managers = postHistory(rand, names, team, type, from, asAt, managers[0], existing, false);
    }
  }
  // Number the generated workers in the order of their teams and posts (existing ones keep their refs).
  for (const team of teams)
    for (const post of [...team.posts, team.managers])
      for (const worker of post) {
        if (!worker.existing) worker.ref = nextWorker++;
        workers.push(worker);
      }
  workers.sort((a, b) => (a.existing ? 1 : 0) - (b.existing ? 1 : 0) || a.ref - b.ref);
  return { teams, workers };
}

/** The run of workers in one post from before `from` to the as-at date, ending with `current` if given. */
function postHistory(
  random: Random,
  names: Names,
  team: Team,
  type: TeamType,
  from: Day,
  asAt: Day,
  current: ExistingWorker | undefined,
  existing: ExistingWorkforce,
  caseHolding: boolean,
): Worker[] {
  const run: Worker[] = [];
  const make = (start: Day, leave: Day | null): Worker => {
    const agency = caseHolding && random.chance(P.agencyShare);
    const fte = caseHolding
      ? agency
        ? 1
        : random.weighted([
            [1, 0.7],
            [0.8, 0.12],
            [0.6, 0.07],
            [0.5, 0.05],
            [0.9, 0.06],
          ])
      : 1;
    const stretched = random.chance(0.05);
    return {
      ref: -1,
      name: names.person(),
      swe: names.sweNumber(),
      jobTitle: caseHolding ? random.pick(JOB_TITLES[type]) : 'Team manager',
      team: team.ref,
      fte,
      agency,
      caseHolding,
      start,
      leave,
      capacity: stretched ? random.uniform(1.4, 1.65) : Math.max(0.7, random.normal(1, 0.1)),
      existing: false,
    };
  };
  const tenure = (agency: boolean) =>
    Math.max(
      120,
      Math.round(random.exponential(agency ? P.agencyTenureMeanDays : P.permanentTenureMeanDays)),
    );
  const gap = () => Math.max(7, Math.round(random.exponential(P.vacancyMeanDays)));

  if (current) {
    // Predecessors, backwards from the existing worker's start.
    const own: Worker = {
      ref: -(existing.workers.indexOf(current) + 1),
      name: current.name,
      swe: '',
      jobTitle: '',
      team: team.ref,
      fte: current.fte,
      agency: current.agency,
      caseHolding: current.caseHolding,
      start: current.start,
      leave: current.leave,
      capacity: 1,
      existing: true,
    };
    let until = current.start - gap();
    while (until > from) {
      const worker = make(0, until);
      worker.start = until - tenure(worker.agency);
      run.unshift(worker);
      until = worker.start - gap();
    }
    run.push(own);
    return run;
  }
  // Forwards from before `from`.
  let start = from - random.int(0, 5 * 365);
  for (;;) {
    const worker = make(start, null);
    const leave = start + tenure(worker.agency);
    if (leave > asAt) {
      run.push(worker);
      break;
    }
    worker.leave = leave;
    if (leave > from) run.push(worker);
    start = leave + gap();
    if (start > asAt) break;
  }
  return run;
}

// ---------------------------------------------------------------------------------------------------------
// Allocation through time
// ---------------------------------------------------------------------------------------------------------

const enum Kind {
  End = 0,
  Leave = 1,
  Join = 2,
  Reassign = 3,
  Start = 4,
}

interface Held {
  child: Child;
  allocation: Allocation;
  worker: Worker | null;
}

/** Allocates every child's phases to teams and workers, filling `child.allocations`. */
export function allocate(
  children: readonly Child[],
  workforce: Workforce,
  districts: number,
  asAt: Day,
  random: Random,
): void {
  // Case-holding workers by group, and the teams of each group.
  const teamsOf = new Map<string, Team[]>();
  const teamByRef = new Map<number, Team>();
  for (const team of workforce.teams) {
    teamByRef.set(team.ref, team);
    if (team.type === 'service') continue;
    teamsOf.set(team.group, [...(teamsOf.get(team.group) ?? []), team]);
  }
  const active = new Map<string, Set<Worker>>();
  const load = new Map<Worker, Set<Held>>();
  const waiting = new Map<string, Held[]>();
  const groupOfWorker = new Map<Worker, string>();

  // Events, sorted by day then kind.
  const days: number[] = [];
  const kinds: number[] = [];
  const payload: unknown[] = [];
  const add = (day: Day, kind: Kind, what: unknown) => {
    days.push(day);
    kinds.push(kind);
    payload.push(what);
  };
  for (const team of workforce.teams) {
    if (team.type === 'service') continue;
    for (const post of team.posts)
      for (const worker of post) {
        groupOfWorker.set(worker, team.group);
        add(worker.start, Kind.Join, worker);
        if (worker.leave !== null) add(worker.leave, Kind.Leave, worker);
      }
  }
  const rand = random.derive('allocation');
  for (const child of children) {
    child.phases.forEach((phase, i) => {
      add(phase.start, Kind.Start, [child, i]);
      const next = child.phases[i + 1];
      if (phase.end !== null && !(next && next.start === phase.end)) add(phase.end, Kind.End, [child, i]);
      const length = (phase.end ?? asAt) - phase.start;
      if (length > 180 && rand.chance(0.12))
        add(phase.start + rand.int(60, length - 30), Kind.Reassign, [child, i]);
    });
  }
  const order = Array.from(days.keys()).sort((a, b) => days[a]! - days[b]! || kinds[a]! - kinds[b]! || a - b);

  const current = new Map<Child, { held: Held; phase: number; group: string }>();
  const ratio = (w: Worker) => (load.get(w)?.size ?? 0) / (w.fte * w.capacity);
  // A worker leaving within three days is given no new child: an allocation that short is no social worker
  // episode (SSDA903 rule SW09STG2).
  const pick = (group: string, day: Day, except?: Worker): Worker | null => {
    let best: Worker | null = null;
    let bestRatio = Infinity;
    for (const w of active.get(group) ?? []) {
      if (w === except || w.start > day || (w.leave !== null && w.leave - day < 3)) continue;
      const r = ratio(w) + rand.next() * 0.05;
      if (r < bestRatio) {
        bestRatio = r;
        best = w;
      }
    }
    return best;
  };
  const teamForWaiting = (group: string): number => {
    const candidates = teamsOf.get(group) ?? [];
    return candidates[0]?.ref ?? workforce.teams.find((t) => t.type !== 'service')!.ref;
  };
  const close = (held: Held, day: Day) => {
    held.allocation.end = day;
    if (held.worker) load.get(held.worker)?.delete(held);
  };
  const give = (child: Child, group: string, day: Day, reason: string | null, except?: Worker): Held => {
    const worker = pick(group, day, except);
    const allocation: Allocation = {
      team: worker ? worker.team : teamForWaiting(group),
      worker: worker ? worker.ref : null,
      start: day,
      end: null,
      reason,
    };
    child.allocations.push(allocation);
    const held: Held = { child, allocation, worker };
    if (worker) {
      const set = load.get(worker) ?? new Set<Held>();
      set.add(held);
      load.set(worker, set);
    } else {
      const queue = waiting.get(group);
      if (queue) queue.push(held);
      else waiting.set(group, [held]);
    }
    return held;
  };
  for (const e of order) {
    const day = days[e]!;
    switch (kinds[e] as Kind) {
      case Kind.Join: {
        const worker = payload[e] as Worker;
        const group = groupOfWorker.get(worker)!;
        if (!worker.caseHolding) break;
        const set = active.get(group) ?? new Set<Worker>();
        set.add(worker);
        active.set(group, set);
        load.set(worker, new Set());
        // Takes on children waiting for a worker.
        const queue = waiting.get(group) ?? [];
        const others = [...set].filter((w) => w !== worker);
        const fair = others.length
          ? others.reduce((sum, w) => sum + ratio(w), 0) / others.length
          : (teamByRef.get(worker.team)?.target ?? 20);
        while (queue.length > 0 && ratio(worker) < fair) {
          const held = queue.shift()!;
          if (held.allocation.end !== null || held.allocation.worker !== null) continue;
          const entry = current.get(held.child);
          close(held, day);
          const next = give(held.child, group, day, 'MANAGE');
          if (entry) entry.held = next;
        }
        break;
      }
      case Kind.Leave: {
        const worker = payload[e] as Worker;
        const group = groupOfWorker.get(worker)!;
        if (!worker.caseHolding) break;
        active.get(group)?.delete(worker);
        const held = [...(load.get(worker) ?? [])];
        load.delete(worker);
        for (const h of held) {
          h.allocation.end = day;
          const entry = current.get(h.child);
          const next = give(h.child, group, day, 'LEFTRL');
          if (entry) entry.held = next;
        }
        break;
      }
      case Kind.Start: {
        const [child, i] = payload[e] as [Child, number];
        const phase = child.phases[i]!;
        const group = groupOf(phase.team, child.district, districts);
        const entry = current.get(child);
        if (entry) {
          if (entry.group === group) {
            entry.phase = i;
            break;
          }
          close(entry.held, day);
          removeWaiting(waiting, entry.group, entry.held);
        }
        // A transfer within three days of an allocation replaces it: the child goes to the new team from
        // the start (no social worker episode shorter than three days, SSDA903 rule SW09STG2).
        const replaced = entry && day - entry.held.allocation.start < 3 ? entry.held.allocation : null;
        if (replaced) child.allocations.splice(child.allocations.indexOf(replaced), 1);
        const held = replaced
          ? give(child, group, replaced.start, replaced.reason)
          : give(child, group, day, entry ? phase.reason || 'TSPROC' : null);
        current.set(child, { held, phase: i, group });
        break;
      }
      case Kind.End: {
        const [child, i] = payload[e] as [Child, number];
        const entry = current.get(child);
        if (!entry || entry.phase !== i) break;
        close(entry.held, day);
        removeWaiting(waiting, entry.group, entry.held);
        current.delete(child);
        break;
      }
      case Kind.Reassign: {
        const [child, i] = payload[e] as [Child, number];
        const entry = current.get(child);
        if (!entry || entry.phase !== i || entry.held.allocation.worker === null) break;
        // Not within three days of the last change (no social worker episode that short, rule SW09STG2).
        if (day - entry.held.allocation.start < 3) break;
        const from = entry.held.worker ?? undefined;
        const to = pick(entry.group, day, from);
        if (!to) break;
        close(entry.held, day);
        entry.held = give(
          child,
          entry.group,
          day,
          rand.weighted([
            ['MANAGE', 0.35],
            ['ABSENC', 0.2],
            ['PCCHAN', 0.15],
            ['CHCHAN', 0.15],
            ['OTHERS', 0.15],
          ]),
          from,
        );
        break;
      }
    }
  }
  // An allocation that ended the day it began (a worker left that day) is no allocation at all. One to a
  // worker that ended within three days is taken over from its start by the next worker, when they were in
  // post by then (no social worker episode that short, SSDA903 rule SW09STG2).
  const startOf = new Map(workforce.workers.map((w) => [w.ref, w.start]));
  for (const child of children) {
    const kept = child.allocations
      .filter((a) => a.end === null || a.end > a.start)
      .sort((a, b) => a.start - b.start);
    for (let i = kept.length - 2; i >= 0; i--) {
      const a = kept[i]!;
      const next = kept[i + 1]!;
      if (a.worker === null || a.end === null || a.end - a.start >= 3 || next.start !== a.end) continue;
      if (next.worker !== null && (startOf.get(next.worker) ?? Infinity) > a.start) continue;
      next.start = a.start;
      next.reason = a.reason;
      kept.splice(i, 1);
    }
    child.allocations = kept;
  }
}

function removeWaiting(waiting: Map<string, Held[]>, group: string, held: Held): void {
  const queue = waiting.get(group);
  if (!queue) return;
  const i = queue.indexOf(held);
  if (i >= 0) queue.splice(i, 1);
}
