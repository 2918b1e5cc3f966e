import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './main.ts';

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe('hearth', () => {
  it('lists every command in its help, loading them all', async () => {
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
    expect(await main(['--help'])).toBe(0);
    for (const name of ['start', 'migrate', 'db-url', 'build-assets', 'indicators', 'audit', 'seed']) {
      expect(out).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    }
    for (const name of ['validate', 'export', 'import'])
      expect(out).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
  });

  it('loads the one command it runs, found by its own name', async () => {
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
    expect(await main(['validate', '--help'])).toBe(0);
    expect(out).toContain('Usage: hearth validate');
    expect(out).toContain('ssda903');
  });

  it('says so when a command is unknown', async () => {
    let err = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
    expect(await main(['valdiate'])).toBe(1);
    expect(err).toContain("unknown command 'valdiate'");
  });
});
