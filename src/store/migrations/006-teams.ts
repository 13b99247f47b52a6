// Microsoft Teams: the channels the staff app's bot was added to (where crisis alert cards can go), from the
// installation's conversationUpdate. Staff accounts already carry their Entra object id (004-review).
import type { Kysely, Migration } from 'kysely';

export function teamsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('teams_channels')
        // The Bot Framework conversation id of the channel (what TEAMS_ALERT_CONVERSATION names).
        .addColumn('conversation_id', 'text', (c) => c.primaryKey())
        .addColumn('service_url', 'text', (c) => c.notNull())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('team_id', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('bot_id', 'text', (c) => c.notNull())
        .addColumn('added_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        // Set when the bot is removed from the team: no card goes there any more.
        .addColumn('removed_at', 'text')
        .execute();
      await db.schema.createIndex('teams_channels_team_id').on('teams_channels').column('team_id').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('teams_channels').ifExists().execute();
    },
  };
}
