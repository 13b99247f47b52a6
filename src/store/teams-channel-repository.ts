// The channels the bot is in, the same Kysely code on SQLite and PostgreSQL.
import type { Kysely, Selectable } from 'kysely';
import type { Database, TeamsChannelsTable } from './database.js';
import type { TeamsChannel, TeamsChannelStore } from './teams-types.js';

const fromRow = (row: Selectable<TeamsChannelsTable>): TeamsChannel => ({
  conversationId: row.conversation_id,
  serviceUrl: row.service_url,
  tenantId: row.tenant_id,
  teamId: row.team_id,
  channelId: row.channel_id,
  botId: row.bot_id,
  addedAt: row.added_at,
  removedAt: row.removed_at,
});

export class TeamsChannelRepository implements TeamsChannelStore {
  constructor(private readonly db: Kysely<Database>) {}

  async saveTeamsChannel(channel: Omit<TeamsChannel, 'addedAt' | 'removedAt'>, at: string): Promise<void> {
    const values = {
      service_url: channel.serviceUrl,
      tenant_id: channel.tenantId,
      team_id: channel.teamId,
      channel_id: channel.channelId,
      bot_id: channel.botId,
      updated_at: at,
      removed_at: null,
    };
    await this.db
      .insertInto('teams_channels')
      .values({ conversation_id: channel.conversationId, added_at: at, ...values })
      .onConflict((c) => c.column('conversation_id').doUpdateSet(values))
      .execute();
  }

  async removeTeamsChannels(teamId: string, at: string): Promise<number> {
    const result = await this.db
      .updateTable('teams_channels')
      .set({ removed_at: at, updated_at: at })
      .where('team_id', '=', teamId)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async teamsChannel(id: string): Promise<TeamsChannel | undefined> {
    const row = await this.db
      .selectFrom('teams_channels')
      .selectAll()
      .where((eb) => eb.or([eb('conversation_id', '=', id), eb('channel_id', '=', id)]))
      .where('removed_at', 'is', null)
      .orderBy('updated_at', 'desc')
      .executeTakeFirst();
    return row ? fromRow(row) : undefined;
  }

  async listTeamsChannels(): Promise<TeamsChannel[]> {
    const rows = await this.db.selectFrom('teams_channels').selectAll().orderBy('added_at').execute();
    return rows.map(fromRow);
  }
}
