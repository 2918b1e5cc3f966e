import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../src/web/app.ts';
import type { TestDatabase } from './database.ts';

export const TEST_CONFIG: AppOptions['config'] = {
  demo: true,
  trustProxy: false,
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 10,
  logLevel: 'warn',
  oidc: [],
};

export async function buildTestApp(
  database: TestDatabase,
  config: Partial<typeof TEST_CONFIG> = {},
): Promise<FastifyInstance> {
  return buildApp({ db: database.db, config: { ...TEST_CONFIG, ...config }, logger: false });
}

/**
 * A cookie-keeping client over Fastify's inject: enough of a browser to follow a session and post forms
 * with the CSRF token of the last page it read.
 */
export class TestClient {
  private cookies = new Map<string, string>();
  lastCsrf = '';

  constructor(private readonly app: FastifyInstance) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(response: Awaited<ReturnType<FastifyInstance['inject']>>): void {
    for (const c of response.cookies) {
      if (c.expires && new Date(c.expires) < new Date()) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(response.body);
    if (token?.[1]) this.lastCsrf = token[1];
  }

  async get(url: string) {
    const response = await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader() } });
    this.remember(response);
    return response;
  }

  /** Posts a form; a list value posts the field once per item, as checkboxes do. */
  async post(url: string, form: Record<string, string | string[]>, options: { csrf?: boolean } = {}) {
    const fields = { ...(options.csrf === false ? {} : { _csrf: this.lastCsrf }), ...form };
    const body = new URLSearchParams(
      Object.entries(fields).flatMap(([name, value]) =>
        (Array.isArray(value) ? value : [value]).map((item): [string, string] => [name, item]),
      ),
    );
    const response = await this.app.inject({
      method: 'POST',
      url,
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
      payload: body.toString(),
    });
    this.remember(response);
    return response;
  }

  /** Posts a multipart form with files, as a file upload does, with the CSRF token unless told not to. */
  async postFiles(
    url: string,
    form: Record<string, string>,
    files: readonly { name: string; content: string | Buffer }[],
    options: { csrf?: boolean } = {},
  ) {
    const boundary = `----hearth${crypto.randomUUID()}`;
    const fields = { ...(options.csrf === false ? {} : { _csrf: this.lastCsrf }), ...form };
    const parts = [
      ...Object.entries(fields).map(
        ([name, value]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
      ...files.flatMap((file) => [
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${file.name}"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
        file.content,
        '\r\n',
      ]),
      `--${boundary}--\r\n`,
    ];
    const response = await this.app.inject({
      method: 'POST',
      url,
      headers: { cookie: this.cookieHeader(), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))),
    });
    this.remember(response);
    return response;
  }

  async signIn(username: string, password: string) {
    await this.get('/sign-in');
    return this.post('/sign-in', { username, password, next: '/' });
  }
}
