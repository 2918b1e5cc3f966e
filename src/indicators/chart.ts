import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';

export interface ChartPoint {
  label: string;
  value: number | null;
}

export interface ChartMark {
  label: string;
  value: number;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function domainOf(values: number[]): [number, number] {
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  return [min, max === min ? min + 1 : max * 1.1];
}

/**
 * A trend chart as plain SVG: the values as a line with points, the target as a dashed line, benchmarks as
 * labelled marks at the right. The same numbers are always in a table beside it.
 */
export function trendChart(options: {
  id: string;
  title: string;
  description: string;
  points: ChartPoint[];
  target?: number | null;
  marks?: ChartMark[];
  format: (value: number) => string;
}): string {
  const width = 640;
  const height = 280;
  const margin = { top: 20, right: 150, bottom: 40, left: 56 };
  const values = options.points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const all = [
    ...values,
    ...(options.target != null ? [options.target] : []),
    ...(options.marks ?? []).map((m) => m.value),
  ];
  const x = scalePoint<string>()
    .domain(options.points.map((p) => p.label))
    .range([margin.left, width - margin.right])
    .padding(0.3);
  const y = scaleLinear()
    .domain(domainOf(all))
    .nice()
    .range([height - margin.bottom, margin.top]);
  const path = line<ChartPoint>()
    .defined((p) => p.value !== null)
    .x((p) => x(p.label)!)
    .y((p) => y(p.value!))(options.points);
  const ticks = y.ticks(5);
  const titleId = `${options.id}-title`;
  const descId = `${options.id}-desc`;
  const parts: string[] = [
    `<svg class="hearth-chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${titleId} ${descId}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${titleId}">${escape(options.title)}</title>`,
    `<desc id="${descId}">${escape(options.description)}</desc>`,
    ...ticks.map(
      (t) =>
        `<g class="hearth-chart__tick"><line x1="${margin.left}" x2="${width - margin.right}" y1="${y(t)}" y2="${y(t)}"/><text x="${margin.left - 8}" y="${y(t) + 4}" text-anchor="end">${escape(options.format(t))}</text></g>`,
    ),
    ...options.points.map((p, i) =>
      i % 2 === options.points.length % 2 || options.points.length <= 7
        ? `<text class="hearth-chart__label" x="${x(p.label)}" y="${height - margin.bottom + 18}" text-anchor="middle">${escape(p.label)}</text>`
        : '',
    ),
  ];
  if (options.target != null) {
    parts.push(
      `<line class="hearth-chart__target" x1="${margin.left}" x2="${width - margin.right}" y1="${y(options.target)}" y2="${y(options.target)}"/>`,
      `<text class="hearth-chart__mark-label" x="${width - margin.right + 6}" y="${y(options.target) + 4}">Target ${escape(options.format(options.target))}</text>`,
    );
  }
  for (const mark of options.marks ?? []) {
    parts.push(
      `<line class="hearth-chart__benchmark" x1="${width - margin.right - 12}" x2="${width - margin.right}" y1="${y(mark.value)}" y2="${y(mark.value)}"/>`,
      `<text class="hearth-chart__mark-label" x="${width - margin.right + 6}" y="${y(mark.value) + 4}">${escape(mark.label)} ${escape(options.format(mark.value))}</text>`,
    );
  }
  if (path) parts.push(`<path class="hearth-chart__line" d="${path}"/>`);
  for (const p of options.points) {
    if (p.value !== null)
      parts.push(`<circle class="hearth-chart__point" cx="${x(p.label)}" cy="${y(p.value)}" r="3.5"/>`);
  }
  parts.push('</svg>');
  return parts.join('');
}

/** A small line of the last months' values for a dashboard tile; decorative (the value is in the text). */
export function sparkline(values: (number | null)[]): string {
  const width = 120;
  const height = 32;
  const known = values.flatMap((v) => (v === null ? [] : [v]));
  const x = scaleLinear()
    .domain([0, Math.max(1, values.length - 1)])
    .range([2, width - 2]);
  const y = scaleLinear()
    .domain(domainOf(known))
    .range([height - 2, 2]);
  const path = line<number | null>()
    .defined((v) => v !== null)
    .x((_v, i) => x(i))
    .y((v) => y(v!))(values);
  return `<svg class="hearth-sparkline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg">${path ? `<path d="${path}"/>` : ''}</svg>`;
}
