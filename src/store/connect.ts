// DATABASE_URL -> a Kysely dialect: SQLite (embedded default, durable pragmas) or a PostgreSQL pool.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { type Dialect, PostgresDialect, type SqliteDatabase, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { StoreDialect } from './database.js';

export interface Connection {
  dialect: StoreDialect;
  kyselyDialect: Dialect;
}

/** `sqlite:PATH` (relative to cwd or absolute; `sqlite::memory:`) -> the file path, or `:memory:`. */
export function sqlitePath(databaseUrl: string): string {
  const rest = databaseUrl.slice('sqlite:'.length).replace(/^\/\//, '');
  if (rest === ':memory:') return rest;
  if (!rest) throw new Error('DATABASE_URL: sqlite: needs a path, e.g. sqlite:data/intake.db');
  return resolve(rest);
}

function openSqlite(path: string): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // WAL lets readers work during a write; FULL syncs every commit (a saved answer survives a power cut).
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Kept statements: far more than the distinct queries the service runs, so only odd ones are ever prepared again. */
const keptStatements = 500;

/**
 * Kysely prepares every query anew, and preparing costs more than running the turn's small statements: each distinct
 * statement is prepared once and kept (least recently used dropped first). Kysely runs one query at a time on its
 * single SQLite connection, so a kept statement is never in use twice.
 */
function withStatementCache(db: Database.Database): SqliteDatabase {
  const statements = new Map<string, Database.Statement>();
  return {
    close: () => db.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      if (statement) statements.delete(sql);
      else statement = db.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > keptStatements) {
        const oldest = statements.keys().next().value;
        if (oldest !== undefined) statements.delete(oldest);
      }
      return statement;
    },
  };
}

export function connect(databaseUrl: string): Connection {
  if (databaseUrl.startsWith('sqlite:')) {
    const database = withStatementCache(openSqlite(sqlitePath(databaseUrl)));
    return { dialect: 'sqlite', kyselyDialect: new SqliteDialect({ database }) };
  }
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    // `?options=-c search_path=...` in the URL is passed to the server by pg as a startup option.
    const pool = new pg.Pool({ connectionString: databaseUrl });
    // An idle client losing its server would otherwise crash the process; the pool drops it, the next query reports.
    pool.on('error', () => undefined);
    return { dialect: 'postgres', kyselyDialect: new PostgresDialect({ pool }) };
  }
  // Never echo the URL: it may carry a password.
  throw new Error('DATABASE_URL must start with sqlite:, postgres:// or postgresql://');
}
