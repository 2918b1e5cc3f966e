import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import Provider from 'oidc-provider';
import type { OidcConfig } from '../src/config.ts';

/** Hearth's callback as registered with the test provider; never fetched, the driver stops on reaching it. */
export const TEST_REDIRECT_URL = 'http://hearth.test/sign-in/council/callback';

export interface TestClientRegistration {
  clientId: string;
  clientSecret: string;
}

/**
 * A real OpenID provider (`oidc-provider`) on loopback, with the clients given and a login step that signs
 * in whichever subject the test names, with no questions. `tamper` lets a test make the provider misbehave:
 * it rewrites the claims of the ID token the token endpoint returns and signs the result with the provider's
 * own key (or, with `foreignKey`, a key the provider never published).
 */
export class TestIdentityProvider {
  issuer = '';
  /** Who the next login is as. */
  subject = 'subject-1';
  tamper: ((claims: JWTPayload) => JWTPayload) | undefined;
  foreignKey = false;
  private server: http.Server | undefined;

  constructor(
    readonly clients: TestClientRegistration[],
    /** Hearth's callback, registered for every client. */
    readonly redirectUrl = TEST_REDIRECT_URL,
  ) {}

  async start(): Promise<void> {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const foreign = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const provider = new Provider(this.issuer, {
      clients: this.clients.map((c) => ({
        client_id: c.clientId,
        client_secret: c.clientSecret,
        redirect_uris: [this.redirectUrl],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      })),
      jwks: { keys: [jwk] },
      cookies: { keys: ['test-provider-cookie-key'] },
      findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub }) }),
      interactions: { url: async (_ctx, interaction) => `/interaction/${interaction.uid}` },
      features: { devInteractions: { enabled: false } },
      pkce: { required: () => true },
      ttl: {
        Interaction: 600,
        Grant: 600,
        Session: 600,
        IdToken: 600,
        AccessToken: 600,
        AuthorizationCode: 60,
      },
    });
    provider.use(async (ctx, next) => {
      await next();
      const body = ctx.body as { id_token?: string } | undefined;
      if (ctx.path !== '/token' || !body?.id_token || (!this.tamper && !this.foreignKey)) return;
      const claims = this.tamper ? this.tamper(decodeJwt(body.id_token)) : decodeJwt(body.id_token);
      body.id_token = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .sign(this.foreignKey ? foreign.privateKey : privateKey);
    });
    const callback = provider.callback();
    server.on('request', (req, res) => {
      if (!req.url?.startsWith('/interaction/')) return callback(req, res);
      void (async () => {
        const details = await provider.interactionDetails(req, res);
        const grant = new provider.Grant({
          accountId: this.subject,
          clientId: String(details.params.client_id),
        });
        grant.addOIDCScope('openid');
        const grantId = await grant.save();
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: this.subject }, consent: { grantId } },
          { mergeWithLastSubmission: false },
        );
      })().catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.closeAllConnections();
      this.server?.close(() => resolve());
    });
  }

  /** Hearth's settings to trust this provider as the client given. */
  settings(client: TestClientRegistration, label = 'Testshire County Council', id = 'council'): OidcConfig {
    return { id, issuer: this.issuer, ...client, redirectUrl: this.redirectUrl, label };
  }

  /**
   * Follows redirects from an authorization URL through the provider's login, with its own cookies, as a
   * browser would, and returns the path and query of Hearth's callback the provider sends the person to.
   */
  async signInAt(authorizationUrl: string, subject = this.subject): Promise<string> {
    this.subject = subject;
    const cookies = new Map<string, string>();
    let url = authorizationUrl;
    for (let hop = 0; hop < 10; hop++) {
      const response = await fetch(url, {
        redirect: 'manual',
        headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      for (const header of response.headers.getSetCookie()) {
        const [pair] = header.split(';');
        const at = pair!.indexOf('=');
        cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
      }
      const location = response.headers.get('location');
      if (!location) throw new Error(`The provider answered ${response.status}: ${await response.text()}`);
      url = new URL(location, url).href;
      if (url.startsWith(this.redirectUrl)) return url.slice(new URL(this.redirectUrl).origin.length);
    }
    throw new Error('Too many redirects at the provider');
  }
}
