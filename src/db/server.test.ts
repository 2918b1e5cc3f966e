import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirectoryInUse, openDatabaseServer } from './server.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-server-'));
fs.chmodSync(dataDir, 0o755);
const config = { databaseUrl: undefined, appDatabaseUrl: undefined, dataDir };
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function query(url: string, text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

describe('the embedded server', () => {
  it('refuses a second Hearth on the same data directory, lends itself to commands, and keeps data across restarts', async () => {
    const first = await openDatabaseServer(config, 'server');
    try {
      expect(first.embedded).toBe(true);
      await query(first.ownerUrl, 'CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)');

      await expect(openDatabaseServer(config, 'server')).rejects.toThrow(DataDirectoryInUse);
      await expect(openDatabaseServer(config, 'server')).rejects.toThrow(
        /already running on the data directory/,
      );

      const command = await openDatabaseServer(config, 'command');
      expect(command.ownerUrl).toBe(first.ownerUrl);
      await command.stop();
      expect((await query(first.ownerUrl, 'SELECT n FROM kept')).rows).toEqual([{ n: 42 }]);
    } finally {
      await first.stop();
    }
    expect(fs.existsSync(path.join(dataDir, 'hearth.lock'))).toBe(false);

    const again = await openDatabaseServer(config, 'command');
    try {
      expect((await query(again.ownerUrl, 'SELECT n FROM kept')).rows).toEqual([{ n: 42 }]);
    } finally {
      await again.stop();
    }
  });

  it('uses the server named by DATABASE_URL without starting one', async () => {
    const server = await openDatabaseServer(
      { databaseUrl: 'postgres://owner:secret@db.example:5432/hearth', appDatabaseUrl: undefined, dataDir },
      'server',
    );
    expect(server.embedded).toBe(false);
    expect(server.ownerUrl).toBe('postgres://owner:secret@db.example:5432/hearth');
    expect(new URL(server.appUrl).username).toBe('hearth_app');
    expect(server.managesAppRole).toBe(true);
  });
});
