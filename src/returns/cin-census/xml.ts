import { cinLayout, type CinCensusData, type CinElement, type CinRow, type CinTableName } from './spec.ts';

/** Text escaped for an XML element. */
function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Each element of the layout by name (names are unique in the census layout). */
export function elementsByName(root: CinElement): Map<string, CinElement> {
  const map = new Map<string, CinElement>();
  const visit = (el: CinElement): void => {
    map.set(el.name, el);
    for (const child of el.children ?? []) visit(child);
  };
  visit(root);
  return map;
}

function groupBy(rows: readonly CinRow[], key: (row: CinRow) => string): Map<string, CinRow[]> {
  const map = new Map<string, CinRow[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

const childKey = (r: CinRow): string => r.LAchildID ?? '';
const episodeKey = (r: CinRow): string => `${r.LAchildID ?? ''}\u0000${r.CINdetailsID ?? ''}`;
const planKey = (r: CinRow): string => `${episodeKey(r)}\u0000${r.CPPID ?? ''}`;
const assessmentKey = (r: CinRow): string => `${episodeKey(r)}\u0000${r.AssessmentID ?? ''}`;

/**
 * The census as the DfE's XML, elements in the schema's order, blank fields left out (the schema's optional
 * elements may not be empty). Rows are nested by LAchildID, CINdetailsID, AssessmentID and CPPID, so reading
 * the XML back gives the same tables.
 */
export function writeCinCensusXml(data: CinCensusData): string {
  const layout = elementsByName(cinLayout(data.year));
  const rows = (t: CinTableName): CinRow[] => data.tables[t] ?? [];
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<Message>'];
  const open = (depth: number, name: string): void => {
    out.push(`${'  '.repeat(depth)}<${name}>`);
  };
  const close = (depth: number, name: string): void => {
    out.push(`${'  '.repeat(depth)}</${name}>`);
  };
  const leaf = (depth: number, name: string, value: string | undefined): void => {
    if (value !== undefined && value !== '')
      out.push(`${'  '.repeat(depth)}<${name}>${escapeXml(value)}</${name}>`);
  };
  /** The leaves of a container that come from a table, in order, up to (not including) `before`. */
  const leaves = (container: string, row: CinRow, depth: number, from?: string, before?: string): void => {
    const children = layout.get(container)?.children ?? [];
    let on = from === undefined;
    for (const el of children) {
      if (el.name === from) on = true;
      if (el.name === before) break;
      if (on && el.table !== undefined && el.children === undefined && !el.repeat)
        leaf(depth, el.name, row[el.name]);
    }
  };

  const header = rows('Header')[0];
  if (header) {
    open(1, 'Header');
    open(2, 'CollectionDetails');
    leaves('CollectionDetails', header, 3);
    close(2, 'CollectionDetails');
    open(2, 'Source');
    leaves('Source', header, 3);
    close(2, 'Source');
    close(1, 'Header');
  }

  const characteristics = groupBy(rows('ChildCharacteristics'), childKey);
  const disabilities = groupBy(rows('Disabilities'), childKey);
  const episodes = groupBy(rows('CINdetails'), childKey);
  const assessments = groupBy(rows('Assessments'), episodeKey);
  const cinPlans = groupBy(rows('CINplanDates'), episodeKey);
  const s47s = groupBy(rows('Section47'), episodeKey);
  const cpPlans = groupBy(rows('ChildProtectionPlans'), episodeKey);
  const reviews = groupBy(rows('Reviews'), planKey);

  open(1, 'Children');
  for (const identifiers of rows('ChildIdentifiers')) {
    const child = childKey(identifiers);
    open(2, 'Child');
    open(3, 'ChildIdentifiers');
    leaves('ChildIdentifiers', identifiers, 4);
    close(3, 'ChildIdentifiers');
    open(3, 'ChildCharacteristics');
    leaf(4, 'Ethnicity', characteristics.get(child)?.[0]?.Ethnicity);
    const codes = (disabilities.get(child) ?? []).map((d) => d.Disability ?? '').filter((d) => d !== '');
    if (codes.length > 0) {
      open(4, 'Disabilities');
      for (const code of codes) leaf(5, 'Disability', code);
      close(4, 'Disabilities');
    }
    close(3, 'ChildCharacteristics');
    for (const episode of episodes.get(child) ?? []) {
      const key = episodeKey(episode);
      open(3, 'CINdetails');
      leaves('CINdetails', episode, 4, undefined, 'Assessments');
      for (const group of groupBy(assessments.get(key) ?? [], assessmentKey).values()) {
        open(4, 'Assessments');
        leaves('Assessments', group[0]!, 5);
        const factors = group.map((a) => a.AssessmentFactors ?? '').filter((f) => f !== '');
        if (factors.length > 0) {
          open(5, 'FactorsIdentifiedAtAssessment');
          for (const factor of factors) leaf(6, 'AssessmentFactors', factor);
          close(5, 'FactorsIdentifiedAtAssessment');
        }
        close(4, 'Assessments');
      }
      for (const plan of cinPlans.get(key) ?? []) {
        open(4, 'CINPlanDates');
        leaves('CINPlanDates', plan, 5);
        close(4, 'CINPlanDates');
      }
      for (const s47 of s47s.get(key) ?? []) {
        open(4, 'Section47');
        leaves('Section47', s47, 5);
        close(4, 'Section47');
      }
      leaves('CINdetails', episode, 4, 'ReferralNFA', 'ChildProtectionPlans');
      for (const plan of cpPlans.get(key) ?? []) {
        open(4, 'ChildProtectionPlans');
        leaves('ChildProtectionPlans', plan, 5);
        const dates = (reviews.get(planKey(plan)) ?? []).map((r) => r.CPPreviewDate ?? '').filter((d) => d);
        if (dates.length > 0) {
          open(5, 'Reviews');
          for (const date of dates) leaf(6, 'CPPreviewDate', date);
          close(5, 'Reviews');
        }
        close(4, 'ChildProtectionPlans');
      }
      close(3, 'CINdetails');
    }
    close(2, 'Child');
  }
  close(1, 'Children');
  out.push('</Message>', '');
  return out.join('\n');
}
