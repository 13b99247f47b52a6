// Where the staff app's bot can post in Teams: a channel's conversation reference, stored from the installation.

export interface TeamsChannel {
  /** The Bot Framework conversation id of the channel (`19:…@thread.tacv2`). */
  conversationId: string;
  serviceUrl: string;
  tenantId: string;
  teamId: string;
  /** The Teams channel id (for a team's General channel, the team id). */
  channelId: string;
  /** The bot's own id in that conversation (`28:…`). */
  botId: string;
  addedAt: string;
  removedAt: string | null;
}

export interface TeamsChannelStore {
  /** Stores (or refreshes) a channel the bot is in; a channel added again after a removal is live again. */
  saveTeamsChannel(channel: Omit<TeamsChannel, 'addedAt' | 'removedAt'>, at: string): Promise<void>;
  /** The bot was removed from a team: none of its channels receive cards any more. */
  removeTeamsChannels(teamId: string, at: string): Promise<number>;
  /** A live channel by its conversation id or its Teams channel id. */
  teamsChannel(id: string): Promise<TeamsChannel | undefined>;
  listTeamsChannels(): Promise<TeamsChannel[]>;
}
