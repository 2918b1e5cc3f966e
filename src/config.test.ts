import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

const OIDC = {
  HEARTH_OIDC_ISSUER: 'https://login.microsoftonline.com/0b7c3d2e-0000-4000-8000-000000000001/v2.0',
  HEARTH_OIDC_CLIENT_ID: 'a-client-id',
  HEARTH_OIDC_CLIENT_SECRET: 'a-client-secret',
  HEARTH_OIDC_REDIRECT_URL: 'https://hearth.example.gov.uk/sign-in/council/callback',
};

describe('sign-in by council account settings', () => {
  it('is off when none of the variables is set', () => {
    expect(readConfig({}).oidc).toBeUndefined();
  });

  it('reads all four, with a label for the sign-in page', () => {
    expect(readConfig({ ...OIDC, HEARTH_OIDC_LABEL: 'Peterborough City Council' }).oidc).toEqual({
      issuer: OIDC.HEARTH_OIDC_ISSUER,
      clientId: 'a-client-id',
      clientSecret: 'a-client-secret',
      redirectUrl: OIDC.HEARTH_OIDC_REDIRECT_URL,
      label: 'Peterborough City Council',
    });
    expect(readConfig(OIDC).oidc?.label).toBe('your council');
  });

  it('names the variables missing when only some are set', () => {
    expect(() => readConfig({ HEARTH_OIDC_ISSUER: OIDC.HEARTH_OIDC_ISSUER })).toThrow(
      'Sign-in by council account needs HEARTH_OIDC_CLIENT_ID, HEARTH_OIDC_CLIENT_SECRET, HEARTH_OIDC_REDIRECT_URL as well',
    );
  });

  it('refuses an issuer that is not a URL', () => {
    expect(() => readConfig({ ...OIDC, HEARTH_OIDC_ISSUER: 'login.microsoftonline.com' })).toThrow(
      'HEARTH_OIDC_ISSUER must be a URL, not "login.microsoftonline.com".',
    );
  });
});
