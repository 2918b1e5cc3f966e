import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

const ISSUER = 'https://login.microsoftonline.com/0b7c3d2e-0000-4000-8000-000000000001/v2.0';
const OIDC = {
  HEARTH_OIDC_ISSUER: ISSUER,
  HEARTH_OIDC_CLIENT_ID: 'a-client-id',
  HEARTH_OIDC_CLIENT_SECRET: 'a-client-secret',
  HEARTH_OIDC_REDIRECT_URL: 'https://hearth.example.gov.uk/sign-in/council/callback',
};

/** The same four settings for a named provider. */
function named(name: string, issuer: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries({ ...OIDC, HEARTH_OIDC_ISSUER: issuer }).map(([k, v]) => [
      k.replace('HEARTH_OIDC_', `HEARTH_OIDC_${name}_`),
      v,
    ]),
  );
}

describe('sign-in by council account settings', () => {
  it('is off when none of the variables is set', () => {
    expect(readConfig({}).oidc).toEqual([]);
  });

  it('reads one provider from the four variables, with a label for the sign-in page', () => {
    expect(readConfig({ ...OIDC, HEARTH_OIDC_LABEL: 'Peterborough City Council' }).oidc).toEqual([
      {
        id: 'council',
        issuer: ISSUER,
        clientId: 'a-client-id',
        clientSecret: 'a-client-secret',
        redirectUrl: OIDC.HEARTH_OIDC_REDIRECT_URL,
        label: 'Peterborough City Council',
      },
    ]);
    expect(readConfig(OIDC).oidc[0]?.label).toBe('your council');
  });

  it('reads several providers named in HEARTH_OIDC_PROVIDERS, each from its own variables', () => {
    const other = 'https://login.microsoftonline.com/0b7c3d2e-0000-4000-8000-000000000002/v2.0';
    const config = readConfig({
      HEARTH_OIDC_PROVIDERS: 'cambridgeshire, Peterborough',
      ...named('CAMBRIDGESHIRE', ISSUER),
      ...named('PETERBOROUGH', other),
      HEARTH_OIDC_PETERBOROUGH_LABEL: 'Peterborough City Council',
    });
    expect(config.oidc.map(({ id, issuer, label }) => ({ id, issuer, label }))).toEqual([
      { id: 'cambridgeshire', issuer: ISSUER, label: 'cambridgeshire' },
      { id: 'peterborough', issuer: other, label: 'Peterborough City Council' },
    ]);
    expect(() =>
      readConfig({ HEARTH_OIDC_PROVIDERS: 'a,b', ...named('A', ISSUER), ...named('B', ISSUER) }),
    ).toThrow(`HEARTH_OIDC_PROVIDERS: two providers have the issuer ${ISSUER}.`);
    expect(() => readConfig({ HEARTH_OIDC_PROVIDERS: 'a,b', ...named('A', ISSUER) })).toThrow(
      'HEARTH_OIDC_PROVIDERS names b, but no HEARTH_OIDC_B_ variables are set.',
    );
    expect(() => readConfig({ HEARTH_OIDC_PROVIDERS: 'north-east' })).toThrow(
      'HEARTH_OIDC_PROVIDERS: "north-east" must be letters and digits only.',
    );
  });

  it('names the variables missing when only some are set', () => {
    expect(() => readConfig({ HEARTH_OIDC_ISSUER: ISSUER })).toThrow(
      'Sign-in by council account needs HEARTH_OIDC_CLIENT_ID, HEARTH_OIDC_CLIENT_SECRET, HEARTH_OIDC_REDIRECT_URL as well',
    );
  });

  it('refuses an issuer that is not a URL', () => {
    expect(() => readConfig({ ...OIDC, HEARTH_OIDC_ISSUER: 'login.microsoftonline.com' })).toThrow(
      'HEARTH_OIDC_ISSUER must be a URL, not "login.microsoftonline.com".',
    );
  });
});
