import * as client from 'openid-client';
import type { OidcConfig } from '../config.ts';

/** What the session keeps between sending someone to their council's sign-in page and their return. */
export interface PendingCouncilSignIn {
  /** Which trusted provider (its id in the settings). */
  provider: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  /** The same-site path to go to after signing in. */
  next: string;
  /** Epoch milliseconds; a sign-in not finished within PENDING_LIMIT_MS is refused. */
  startedAt: number;
}

/** Time enough to sign in at the provider, including a second factor, and no longer. */
export const PENDING_LIMIT_MS = 15 * 60_000;

/** Who the provider says signed in: the pair that names an account, never an email address. */
export interface CouncilIdentity {
  issuer: string;
  subject: string;
}

/** Why a return from the provider was refused, in words for the log and the sign-in failure record. */
export class CouncilSignInRefused extends Error {
  constructor(
    readonly reason: string,
    /** True when the person chose not to sign in (cancelled at the provider), not a fault. */
    readonly cancelled = false,
  ) {
    super(reason);
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Sign-in by council account: OpenID Connect authorization code flow with PKCE, state and nonce, through
 * `openid-client`. The ID token's signature is checked against the provider's keys, and its issuer,
 * audience, expiry and nonce against what Hearth expects. Plain HTTP is allowed only on loopback.
 */
export class CouncilSignIn {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(readonly settings: OidcConfig) {}

  /** The provider's metadata, fetched once; a failed fetch is retried on the next sign-in. */
  private discover(): Promise<client.Configuration> {
    const { issuer, clientId, clientSecret } = this.settings;
    const url = new URL(issuer);
    this.configuration ??= client
      .discovery(url, clientId, undefined, client.ClientSecretBasic(clientSecret), {
        execute: [
          client.enableNonRepudiationChecks,
          ...(url.protocol === 'http:' && LOOPBACK.has(url.hostname) ? [client.allowInsecureRequests] : []),
        ],
        timeout: 10,
      })
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  /** Where to send the person, and what to keep in their session until they come back. */
  async begin(next: string): Promise<{ url: URL; pending: PendingCouncilSignIn }> {
    const configuration = await this.discover();
    const pending = {
      provider: this.settings.id,
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      next,
      startedAt: Date.now(),
    };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUrl,
      scope: 'openid',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url, pending };
  }

  /**
   * Checks the provider's answer (`query` is the callback's query string) against the pending sign-in,
   * exchanges the code and validates the ID token. Throws CouncilSignInRefused with the reason.
   */
  async finish(query: string, pending: PendingCouncilSignIn): Promise<CouncilIdentity> {
    const callback = new URL(this.settings.redirectUrl);
    callback.search = query;
    try {
      const configuration = await this.discover();
      const tokens = await client.authorizationCodeGrant(configuration, callback, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new CouncilSignInRefused('no ID token');
      return { issuer: claims.iss, subject: claims.sub };
    } catch (error) {
      if (error instanceof CouncilSignInRefused) throw error;
      if (error instanceof client.AuthorizationResponseError) {
        throw new CouncilSignInRefused(`provider said ${error.error}`, error.error === 'access_denied');
      }
      throw new CouncilSignInRefused(describe(error));
    }
  }
}

/** An error from openid-client in words for the record: its code and the most specific message in its causes. */
function describe(error: unknown): string {
  const { code, error: said, error_description: why } = error as Record<string, unknown>;
  if (typeof said === 'string') return `provider said ${said}${typeof why === 'string' ? `: ${why}` : ''}`;
  let specific = error;
  while (specific instanceof Error && specific.cause instanceof Error) specific = specific.cause;
  const message = specific instanceof Error ? specific.message : String(specific);
  return typeof code === 'string' ? `${code}: ${message}` : message;
}
