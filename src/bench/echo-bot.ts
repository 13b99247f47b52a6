// The load benchmark's anchor: the smallest durable bot this stack allows (botbuilder CloudAdapter + Express 5,
// one synchronous=FULL SQLite transaction, or one PostgreSQL transaction, per turn). It lives here, not in src/bot/,
// because it is a yardstick and never part of the product.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import express from 'express';
import pg from 'pg';
import { sqlitePath } from '../store/connect.js';

/** Keeps one row per turn, durably, before the reply goes out. */
type KeepTurn = (key: string, activityId: string, replies: string) => Promise<void>;

function sqliteKeeper(path: string): { keep: KeepTurn; close: () => Promise<void> } {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('create table if not exists turns (key text not null, activity_id text not null, replies text not null)');
  const insert = db.prepare('insert into turns (key, activity_id, replies) values (?, ?, ?)');
  const inTransaction = db.transaction((key: string, id: string, replies: string) => {
    insert.run(key, id, replies);
  });
  return {
    keep: async (key, id, replies) => {
      inTransaction.immediate(key, id, replies);
    },
    close: async () => {
      db.close();
    },
  };
}

async function postgresKeeper(url: string): Promise<{ keep: KeepTurn; close: () => Promise<void> }> {
  const pool = new pg.Pool({ connectionString: url });
  pool.on('error', () => undefined);
  await pool.query('create table if not exists turns (key text not null, activity_id text not null, replies text)');
  return {
    keep: async (key, id, replies) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        await client.query('insert into turns (key, activity_id, replies) values ($1, $2, $3)', [key, id, replies]);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** The load client's activity ids count its turns (`a1`, `a2`...): a new question each turn, submitted at 40 like an intake. */
const turnsPerConversation = 40;
function echoQuestion(activityId: string | undefined) {
  const turn = Number(activityId?.replace(/^\D+/, '') ?? 0);
  if (turn >= turnsPerConversation) return { recordId: 'echo' };
  return { step: 'echo', field: `echo-${turn}`, input: 'text' };
}

export interface RunningEchoBot {
  port: number;
  close(): Promise<void>;
}

/** Starts the echo bot on DATABASE_URL (`sqlite:PATH` or `postgres://...`), on a free port. */
export async function startEchoBot(databaseUrl: string): Promise<RunningEchoBot> {
  const keeper = databaseUrl.startsWith('sqlite:')
    ? sqliteKeeper(sqlitePath(databaseUrl))
    : await postgresKeeper(databaseUrl);
  // No app id: the SDK accepts the loopback benchmark's unauthenticated activities, as the product does in development.
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const logic = async (context: TurnContext) => {
    const { activity } = context;
    if (activity.type !== 'message' && activity.type !== 'conversationUpdate') return;
    const reply = {
      type: 'message',
      text: `echo: ${activity.text ?? ''}`,
      channelData: { intake: echoQuestion(activity.id) },
    };
    await keeper.keep(`${activity.channelId}:${activity.conversation.id}`, activity.id ?? '', JSON.stringify([reply]));
    await context.sendActivity(reply);
  };
  const app = express();
  app.post('/api/messages', express.json({ limit: '1mb' }), (req, res) => adapter.process(req, res, logic));
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(0, '127.0.0.1', (error?: Error) => (error ? reject(error) : resolve(listening)));
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await keeper.close();
    },
  };
}
