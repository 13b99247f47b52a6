// The channels the staff app's bot is in, stored on SQLite and (when TEST_DATABASE_URL is set) PostgreSQL: saved from
// the installation, found by conversation or channel id, refreshed when added again, gone when the bot is removed.
import { beforeEach, expect, it } from 'vitest';
import type { IntakeStore } from '../../src/store/types.js';
import { describeEachStore } from './each-store.js';

const general = {
  conversationId: '19:general@thread.tacv2',
  serviceUrl: 'https://smba.trafficmanager.net/amer/',
  tenantId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
  teamId: '19:general@thread.tacv2',
  channelId: '19:general@thread.tacv2',
  botId: '28:bot',
};
const alerts = { ...general, conversationId: '19:alerts@thread.tacv2', channelId: '19:alerts@thread.tacv2' };

describeEachStore('teams channels', (opened) => {
  let store: IntakeStore;
  beforeEach(() => {
    ({ store } = opened());
  });

  it('stores each channel the bot is added to and finds it by conversation or channel id', async () => {
    await store.saveTeamsChannel(general, '2026-11-28T10:00:00.000Z');
    await store.saveTeamsChannel(alerts, '2026-11-28T10:00:00.000Z');
    expect(await store.teamsChannel('19:alerts@thread.tacv2')).toMatchObject({
      ...alerts,
      addedAt: '2026-11-28T10:00:00.000Z',
      removedAt: null,
    });
    expect((await store.listTeamsChannels()).map((c) => c.conversationId).sort()).toEqual([
      '19:alerts@thread.tacv2',
      '19:general@thread.tacv2',
    ]);
    expect(await store.teamsChannel('19:nowhere@thread.tacv2')).toBeUndefined();
  });

  it('forgets the team’s channels when the bot is removed, and takes them back when it is added again', async () => {
    await store.saveTeamsChannel(general, '2026-11-28T10:00:00.000Z');
    await store.saveTeamsChannel(alerts, '2026-11-28T10:00:00.000Z');
    expect(await store.removeTeamsChannels(general.teamId, '2026-11-28T11:00:00.000Z')).toBe(2);
    expect(await store.teamsChannel(alerts.conversationId)).toBeUndefined();
    await store.saveTeamsChannel(
      { ...alerts, serviceUrl: 'https://smba.trafficmanager.net/emea/' },
      '2026-11-28T12:00:00.000Z',
    );
    expect(await store.teamsChannel(alerts.conversationId)).toMatchObject({
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      addedAt: '2026-11-28T10:00:00.000Z',
      removedAt: null,
    });
  });
});
