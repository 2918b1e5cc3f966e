import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectAccessible } from './browser.ts';

/** An answer as the worker gives it: dates as 'YYYY-MM-DD', choices by value, yes/no as booleans. */
export type Answer = string | boolean | string[];

/**
 * Fills a step's form by field name, as a worker would: GOV.UK date inputs (id-day, id-month, id-year),
 * selects, radios, checkboxes and text. Checks accessibility of the form first.
 */
export async function fillForm(page: Page, answers: Record<string, Answer>): Promise<void> {
  await expectAccessible(page);
  for (const [name, answer] of Object.entries(answers)) {
    if (Array.isArray(answer)) {
      for (const value of answer) await page.check(`input[name="${name}"][value="${value}"]`);
    } else if (typeof answer === 'boolean') {
      await page.check(`input[name="${name}"][value="${answer ? 'yes' : 'no'}"]`);
    } else if (
      /^\d{4}-\d{2}-\d{2}$/.test(answer) &&
      (await page.locator(`[name="${name}-day"]`).count()) > 0
    ) {
      const [y, m, d] = answer.split('-');
      await page.fill(`[name="${name}-day"]`, String(Number(d)));
      await page.fill(`[name="${name}-month"]`, String(Number(m)));
      await page.fill(`[name="${name}-year"]`, y!);
    } else if ((await page.locator(`select[name="${name}"]`).count()) > 0) {
      await page.selectOption(`select[name="${name}"]`, answer);
    } else if ((await page.locator(`input[type="radio"][name="${name}"]`).count()) > 0) {
      await page.check(`input[name="${name}"][value="${answer}"]`);
    } else {
      await page.fill(`[name="${name}"]`, answer);
    }
  }
}

/**
 * Records one step from the child's page: follows the action link by its text, answers, continues to
 * check your answers, saves, and returns on the child's page. Runs axe on every page on the way.
 */
export async function recordFromChildPage(
  page: Page,
  linkText: string,
  answers: Record<string, Answer>,
): Promise<void> {
  const childUrl = page.url();
  await page.getByRole('link', { name: linkText, exact: true }).click();
  await fillForm(page, answers);
  await page.getByRole('button', { name: 'Continue' }).click();
  const errors = page.locator('.govuk-error-summary');
  if ((await errors.count()) > 0) throw new Error(`"${linkText}" was refused: ${await errors.textContent()}`);
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Check your answers');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(childUrl);
  await expectAccessible(page);
}

/** The chronology's titles, newest first. */
export async function chronologyTitles(page: Page): Promise<string[]> {
  return page.locator('.moj-timeline__title').allTextContents();
}

/** The open tasks table on the child's page: [task, due date, status]. */
export async function openTaskRows(page: Page): Promise<string[][]> {
  const rows = page.locator('#tasks + table tbody tr');
  const result: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    result.push((await rows.nth(i).locator('td').allTextContents()).map((t) => t.trim()));
  }
  return result;
}
