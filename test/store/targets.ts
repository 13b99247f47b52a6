// The databases the store suite runs on: a temp SQLite file always, PostgreSQL in a fresh schema when configured.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';

/** One isolated database: its URL, raw SQL for corrupting rows behind the store's back, and cleanup. */
export interface TestDatabase {
  url: string;
  exec(statement: string): Promise<void>;
  rows(statement: string): Promise<Record<string, unknown>[]>;
  drop(): Promise<void>;
}

export function tempSqliteUrl(): { url: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'store-test-'));
  return { url: `sqlite:${join(dir, 'nested', 'intake.db')}`, dir };
}

export async function sqliteDatabase(): Promise<TestDatabase> {
  const { url, dir } = tempSqliteUrl();
  return {
    url,
    async exec(statement) {
      const db = new Database(url.slice('sqlite:'.length));
      try {
        db.exec(statement);
      } finally {
        db.close();
      }
    },
    async rows(statement) {
      const db = new Database(url.slice('sqlite:'.length), { readonly: true });
      try {
        return db.prepare(statement).all() as Record<string, unknown>[];
      } finally {
        db.close();
      }
    },
    async drop() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const postgresUrl = process.env.TEST_DATABASE_URL;

/** A fresh schema `store_test_<random>`, selected for the store by the URL's `options=-c search_path=...`. */
export async function postgresDatabase(): Promise<TestDatabase> {
  if (!postgresUrl) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `store_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const url = new URL(postgresUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    async exec(statement) {
      await admin.query(`set search_path to ${schema}`);
      await admin.query(statement);
    },
    async rows(statement) {
      await admin.query(`set search_path to ${schema}`);
      return (await admin.query<Record<string, unknown>>(statement)).rows;
    },
    async drop() {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}
