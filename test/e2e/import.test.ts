import { describe, expect, it } from 'vitest';
import { DEMO_AUTHORITY } from '../../src/demo.ts';
import { cinCensusFile, cinChild } from '../import-files.ts';
import { expectAccessible, serveAppForBrowser } from './browser.ts';
import { signIn } from './journey-pages.ts';

const served = serveAppForBrowser();
const LA = DEMO_AUTHORITY.laCode;

describe('importing files in a browser', () => {
  it('uploads a CIN census file, is told every problem of a bad one, sees the report, and the returns count the child', async () => {
    const page = await signIn(served.browser, served.base, 'admin');

    await page.getByRole('link', { name: 'Import' }).click();
    await page.waitForURL(`${served.base}/import`);
    await expectAccessible(page);

    // A file with a bad code: the error summary names the file, line, child and field, and nothing is written.
    await page.getByLabel('CIN census XML files').check();
    await page.getByLabel('2025/26', { exact: true }).check();
    await page.getByLabel('Upload the files').setInputFiles({
      name: 'bad.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(cinCensusFile(LA, cinChild('E1', 'X'))),
    });
    await page.getByRole('button', { name: 'Import' }).click();
    await page.waitForURL(`${served.base}/import`);
    const summary = page.locator('.govuk-error-summary');
    await expect(summary.textContent()).resolves.toContain('Nothing was imported: 1 problem was found');
    await expect(summary.textContent()).resolves.toMatch(
      /bad\.xml, line \d+, child E1, Sex: "X" is not one of the census codes \(M, F, U\)/,
    );
    await expect(page.title()).resolves.toBe('Error: Import records – Hearth');
    await expectAccessible(page);

    await page.getByLabel('CIN census XML files').check();
    await page.getByLabel('2025/26', { exact: true }).check();
    await page.getByLabel('Upload the files').setInputFiles({
      name: 'census.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(cinCensusFile(LA, cinChild('E1'))),
    });
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Records imported');
    const table = page.getByRole('table');
    await expect(table.getByRole('row', { name: /^person 1 0 0$/ }).count()).resolves.toBe(1);
    await expectAccessible(page);
    const people = await served.database.ownerDb
      .selectFrom('person')
      .select('la_child_id')
      .where('la_code', '=', LA)
      .where('la_child_id', '=', 'E1')
      .execute();
    expect(people).toHaveLength(1);

    // The returns page's figures are taken again after the import.
    const analyst = await signIn(served.browser, served.base, 'analyst');
    await analyst.goto(`${served.base}/returns`);
    await expect(analyst.locator('#taken-at').textContent()).resolves.toMatch(
      /^Figures taken at \d\d:\d\d on /,
    );
    await expect(
      analyst.locator('#cin-census + .govuk-summary-list .govuk-summary-list__row').first().textContent(),
    ).resolves.toMatch(/Children in the return\s+1\s*$/);
    await expectAccessible(analyst);
  }, 300_000);
});
