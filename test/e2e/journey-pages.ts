import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo.ts';
import { expectAccessible } from './browser.ts';
import { chronologyTitles, fillForm, openTaskRows, recordFromChildPage, type Answer } from './journey.ts';

/** The demo team Priya Shah (the demo user 'practitioner') works in, and Tom Barker ('manager') manages. */
export const TEAM = "Children's Safeguarding Team 1";

/** A task as a page shows it: [task, due date as the page writes it ('10 April 2025'), 'Overdue' or 'Due']. */
export type TaskRow = [title: string, due: string, status: 'Overdue' | 'Due'];

/** A row of a task list (/tasks, /teams/:id): the child, the task, its due date, and the rest. */
export interface ListedTask {
  child: string;
  task: string;
  due: string;
  overdue: boolean;
  /** The team view's worker column; undefined on "My tasks". */
  worker?: string;
  /** The reason chosen for an overdue task, as its option reads; '' when none is recorded. */
  reason: string;
}

/** Opens a new browser context and signs in, checking the sign-in and home pages with axe. */
export async function signIn(browser: Browser, base: string, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${base}/sign-in`);
  await expectAccessible(page);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}/`);
  await expectAccessible(page);
  return page;
}

/** Goes to a page of the app and checks it with axe. */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expectAccessible(page);
}

/**
 * Adds a child through "Find a child" and "Add a child", as a worker would, and returns the URL of the
 * child's record, where the page is left.
 */
export async function addChild(page: Page, base: string, answers: Record<string, Answer>): Promise<string> {
  await visit(page, `${base}/children`);
  await page.getByRole('link', { name: 'Add a child', exact: true }).click();
  await fillForm(page, answers);
  await page.getByRole('button', { name: 'Add child' }).click();
  await page.waitForURL(/\/children\/[0-9a-f-]{36}$/);
  await expectAccessible(page);
  expect(await flash(page)).toBe('Child added');
  return page.url();
}

/** The text of the success banner, or null. */
export async function flash(page: Page): Promise<string | null> {
  const banner = page.locator('.govuk-notification-banner--success .govuk-notification-banner__content');
  return (await banner.count()) > 0 ? (await banner.innerText()).trim() : null;
}

/** Asserts what a step's form holds before it is answered. */
async function expectFormValues(page: Page, what: string, expected: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(expected)) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const [y, m, d] = value.split('-');
      const parts = await Promise.all(
        ['day', 'month', 'year'].map((p) => page.locator(`[name="${name}-${p}"]`).inputValue()),
      );
      expect(parts, `${what}: ${name}`).toEqual([String(Number(d)), String(Number(m)), y]);
    } else if ((await page.locator(`input[type="radio"][name="${name}"]`).count()) > 0) {
      const checked = page.locator(`input[type="radio"][name="${name}"]:checked`);
      expect(await checked.inputValue(), `${what}: ${name}`).toBe(value);
    } else {
      expect(await page.locator(`[name="${name}"]`).inputValue(), `${what}: ${name}`).toBe(value);
    }
  }
}

/**
 * Records a step from the child's page as a worker would: follows the action's link, checks what the form
 * starts with (`prefilled`, values as the form holds them, dates 'YYYY-MM-DD'), answers, continues to
 * check your answers, saves, and returns to the child's page, running axe on every page on the way.
 * Returns the success message.
 */
export async function record(
  page: Page,
  linkText: string,
  answers: Record<string, Answer>,
  prefilled: Record<string, string> = {},
): Promise<string | null> {
  if (Object.keys(prefilled).length === 0) {
    await recordFromChildPage(page, linkText, answers);
    return flash(page);
  }
  const childUrl = page.url();
  await page.getByRole('link', { name: linkText, exact: true }).click();
  await expectFormValues(page, linkText, prefilled);
  await fillForm(page, answers);
  await page.getByRole('button', { name: 'Continue' }).click();
  const errors = page.locator('.govuk-error-summary');
  if ((await errors.count()) > 0) throw new Error(`"${linkText}" was refused: ${await errors.textContent()}`);
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Check your answers');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(childUrl);
  await expectAccessible(page);
  return flash(page);
}

/** Sorted so that tasks due the same day (clocks started by one step) compare in a fixed order. */
function canonical(rows: readonly TaskRow[]): TaskRow[] {
  return [...rows].sort((a, b) => (a.join('|') < b.join('|') ? -1 : 1));
}

/** Asserts the chronology's titles (newest first) and the open tasks on the child's page, soonest first. */
export async function expectChildPage(
  page: Page,
  expected: { chronology: string[]; tasks: TaskRow[] },
): Promise<void> {
  expect(await chronologyTitles(page), 'chronology').toEqual(expected.chronology);
  const rows = (await openTaskRows(page)) as TaskRow[];
  expect(canonical(rows), 'open tasks').toEqual(canonical(expected.tasks));
  const dues = rows.map((r) => Date.parse(r[1]));
  expect(dues.every(Number.isFinite), 'due dates are dates').toBe(true);
  expect(dues, 'open tasks are listed soonest first').toEqual([...dues].sort((a, b) => a - b));
  if (expected.tasks.length === 0) {
    await expect(page.locator('#tasks + p').textContent()).resolves.toBe('No open tasks.');
  }
}

/** The status summary card's rows on the child's page, as 'key: value'. */
export async function statusRows(page: Page): Promise<string[]> {
  return summaryCard(page, 'Current status');
}

/** The rows of a summary card on the child's page, as 'key: value'. */
export async function summaryCard(page: Page, title: string): Promise<string[]> {
  const card = page.locator('.govuk-summary-card', {
    has: page.locator('.govuk-summary-card__title', { hasText: title }),
  });
  const rows = card.locator('.govuk-summary-list__row');
  const result: string[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const key = (await rows.nth(i).locator('dt').innerText()).trim();
    const value = (await rows.nth(i).locator('dd').first().innerText()).trim();
    result.push(`${key}: ${value}`);
  }
  return result;
}

/** The rows of a task table whose caption starts with `caption`, as the worker or manager reads them. */
export async function listedTasks(page: Page, caption: string | RegExp): Promise<ListedTask[]> {
  const table = taskTable(page, caption);
  if ((await table.count()) === 0) return [];
  const withWorker = (await table.locator('thead th').count()) === 5;
  const rows = table.locator('tbody tr');
  const result: ListedTask[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const cells = rows.nth(i).locator('td');
    const [due, tag] = (await cells.nth(2).innerText()).split('\n').map((t) => t.trim());
    const select = cells.nth(withWorker ? 4 : 3).locator('select');
    const chosen = (await select.count()) > 0 ? await select.locator('option:checked').textContent() : '';
    result.push({
      child: (await cells.nth(0).locator('a').innerText()).trim(),
      task: (await cells.nth(1).innerText()).trim(),
      due: due!,
      overdue: tag === 'Overdue',
      ...(withWorker ? { worker: (await cells.nth(3).innerText()).trim() } : {}),
      reason: chosen === 'Select a reason' ? '' : (chosen ?? ''),
    });
  }
  return result;
}

/** A task table by the start of its caption. */
export function taskTable(page: Page, caption: string | RegExp): Locator {
  const text = typeof caption === 'string' ? new RegExp(`^${caption.replace(/[()]/g, '\\$&')}`) : caption;
  return page.locator('table', { has: page.locator('caption', { hasText: text }) });
}

/** Compares task lists ignoring the order of tasks due the same day. */
export function expectTaskList(actual: ListedTask[], expected: ListedTask[], what: string): void {
  const key = (t: ListedTask) => `${t.child}|${t.task}|${t.due}`;
  const sorted = (list: ListedTask[]) => [...list].sort((a, b) => (key(a) < key(b) ? -1 : 1));
  expect(sorted(actual), what).toEqual(sorted(expected));
  const dues = actual.map((t) => Date.parse(t.due));
  expect(dues.every(Number.isFinite), `${what}: due dates are dates`).toBe(true);
  expect(dues, `${what}: soonest first`).toEqual([...dues].sort((a, b) => a - b));
}

/** The team view's caseload table: [worker, FTE, contract, children]. */
export async function caseloadRows(page: Page): Promise<string[][]> {
  const table = page.locator('table', { has: page.locator('caption', { hasText: /^Caseloads on / }) });
  const rows = table.locator('tbody tr');
  const result: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    result.push((await rows.nth(i).locator('th, td').allInnerTexts()).map((t) => t.trim()));
  }
  return result;
}

/** The team view's caseload caption after its date: '1 child, 0.6 per FTE against a target of 20.0'. */
export async function caseloadSummary(page: Page): Promise<string> {
  const caption = await page.locator('caption', { hasText: /^Caseloads on / }).innerText();
  return caption.replace(/^Caseloads on \d{1,2} \w+ \d{4}: /, '').trim();
}

/**
 * Records why an overdue task is overdue with one choice and one click from a task list (the table whose
 * caption starts with `caption`), and checks the page it returns to with axe.
 */
export async function recordOverdueReason(
  page: Page,
  caption: string | RegExp,
  task: string,
  reason: string,
): Promise<void> {
  const row = taskTable(page, caption).locator('tbody tr', { hasText: task });
  expect(await row.count(), `one row for "${task}"`).toBe(1);
  await row.locator('select').selectOption({ label: reason });
  await row.getByRole('button', { name: /^Save reason/ }).click();
  await page.locator('.govuk-notification-banner--success').waitFor();
  await expectAccessible(page);
  expect(await flash(page)).toBe('Reason recorded');
}

/**
 * The worklists beside the child's record: the practitioner's "My tasks", opened in a second tab of her
 * session so the child's page stays open in the first, and the team view in the manager's own browser
 * context, signed in on first use.
 */
export class Worklists {
  private manager: Page | undefined;
  private teamUrl = '';

  constructor(
    private readonly browser: Browser,
    private readonly base: string,
    private readonly practitioner: Page,
  ) {}

  /**
   * Asserts the practitioner's "My tasks". The tab is closed afterwards: Chromium hardly animates a tab in
   * the background, which slows every action on the child's page.
   */
  myTasks = async (expected: ListedTask[]): Promise<void> => {
    const tab = await this.practitioner.context().newPage();
    await visit(tab, `${this.base}/tasks`);
    expectTaskList(await listedTasks(tab, 'Tasks for the children allocated to you'), expected, 'My tasks');
    if (expected.length === 0) {
      await expect(tab.locator('main').innerText()).resolves.toContain(
        'Nothing is due for the children allocated to you.',
      );
    }
    await tab.close();
  };

  /** Works in the manager's browser, then brings the practitioner's page back to the front. */
  asManager = async (work: (manager: Page) => Promise<void>): Promise<void> => {
    if (this.manager) await this.manager.bringToFront();
    else this.manager = await signIn(this.browser, this.base, 'manager');
    await work(this.manager);
    await this.practitioner.bringToFront();
  };

  /**
   * Asserts the manager's view of the team: the caseloads, with Priya Shah holding `priyasChildren` (the
   * journey's child or none), and the overdue list. The team is found from "Teams" the first time.
   */
  teamView = (priyasChildren: '0' | '1', overdue: ListedTask[]): Promise<void> =>
    this.asManager(async (manager) => {
      if (!this.teamUrl) {
        await visit(manager, `${this.base}/teams`);
        await manager.getByRole('link', { name: TEAM, exact: true }).click();
        await manager.waitForURL(/\/teams\/[0-9a-f-]{36}$/);
        this.teamUrl = manager.url();
        await expectAccessible(manager);
      } else {
        await visit(manager, this.teamUrl);
      }
      await expect(manager.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(TEAM);
      expect(await caseloadRows(manager)).toEqual([
        ['Jordan Lee', '0.8', 'Agency', '0'],
        ['Priya Shah', '1', 'Permanent', priyasChildren],
        ['Tom Barker', '1', 'Permanent, not case-holding', '0'],
      ]);
      // Priya Shah (1 FTE) and Jordan Lee (0.8 FTE) hold cases: 1 child / 1.8 FTE = 0.6.
      expect(await caseloadSummary(manager)).toBe(
        priyasChildren === '1'
          ? '1 child, 0.6 per FTE against a target of 20.0'
          : '0 children, 0 per FTE against a target of 20.0',
      );
      expectTaskList(await listedTasks(manager, /^Overdue/), overdue, 'team overdue list');
      // Every date of the journeys is in the past, so nothing is merely due.
      expect(await listedTasks(manager, /^Due/), 'team tasks due').toEqual([]);
      if (overdue.length === 0) {
        await expect(manager.locator('main').innerText()).resolves.toContain(
          "Nothing is overdue for this team's children.",
        );
      }
    });
}
