// Crisis alerts as cards in a Teams channel, over real HTTP with the Teams connector faked by nock: the staff app's
// installation stores the team's channels, the alert is posted once to the channel TEAMS_ALERT_CONVERSATION names
// (and not again after a restart), and Acknowledge is the dashboard's acknowledgement: for a linked clinician it
// stops the escalation, writes the audit row and refreshes the card for everyone; anyone else is refused.
import { setTimeout as sleep } from 'node:timers/promises';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor, StaffService } from '../../src/review/auth/staff-service.js';
import { canary, crisisSentence, seedCrisisIntake } from '../alerts/helpers.js';
import { startTestService, type TestService, tempDatabaseUrl } from '../helpers/service.js';

const connector = 'http://127.0.0.1:3999';
const serviceUrl = `${connector}/teams/`;
const tenant = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const team = '19:general-team@thread.tacv2';
const alertsChannel = '19:alerts@thread.tacv2';
const bot = { id: '28:intake-bot', name: 'Intake' };
const clinicianOid = '0b0b0b0b-1111-4222-8333-444444444444';
const deskOid = '0c0c0c0c-1111-4222-8333-444444444444';

async function until(done: () => boolean, timeoutMs = 10_000) {
  for (const started = Date.now(); !done() && Date.now() - started < timeoutMs; ) await sleep(25);
}

/** An activity as Teams sends it from a team's channel. */
function fromChannel(conversationId: string, extra: Record<string, unknown>) {
  return {
    channelId: 'msteams',
    serviceUrl,
    id: `teams-${Math.random().toString(36).slice(2)}`,
    timestamp: new Date().toISOString(),
    recipient: bot,
    conversation: { id: conversationId, conversationType: 'channel', isGroup: true, tenantId: tenant },
    channelData: { tenant: { id: tenant }, team: { id: team, name: 'Clinical team' }, channel: { id: conversationId } },
    ...extra,
  };
}

async function post(service: TestService, activity: object) {
  const response = await fetch(`${service.base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

const press = (card: Record<string, unknown>, aadObjectId: string) => {
  const execute = (card.actions as { type: string; data: unknown }[]).find((a) => a.type === 'Action.Execute');
  return fromChannel(alertsChannel, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: 'card-activity-1',
    from: { id: `29:${aadObjectId}`, aadObjectId, name: 'Someone' },
    value: { action: { type: 'Action.Execute', verb: 'acknowledge', data: execute?.data }, trigger: 'manual' },
  });
};

let databaseUrl: string;
let recordId: string;
let postedCard: Record<string, unknown> | undefined;
let postedActivity: Record<string, unknown> | undefined;

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  databaseUrl = tempDatabaseUrl();
  ({ recordId } = await seedCrisisIntake(databaseUrl));
}, 120_000);

afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('crisis alert cards in Teams', () => {
  it('stores the team’s channels when the staff app is installed', async () => {
    const service = await startTestService({ DATABASE_URL: databaseUrl });
    try {
      const channels = nock(connector)
        .get(`/teams/v3/teams/${encodeURIComponent(team)}/conversations`)
        .reply(200, {
          conversations: [
            { id: team, name: null },
            { id: alertsChannel, name: 'Alerts' },
          ],
        });
      const installed = await post(
        service,
        fromChannel(team, {
          type: 'conversationUpdate',
          membersAdded: [bot],
          channelData: {
            tenant: { id: tenant },
            team: { id: team, name: 'Clinical team' },
            eventType: 'teamMemberAdded',
          },
        }),
      );
      expect(installed.status).toBe(200);
      expect(channels.isDone()).toBe(true);
      expect(await service.store.teamsChannel(alertsChannel)).toMatchObject({
        serviceUrl,
        tenantId: tenant,
        teamId: team,
      });
    } finally {
      await service.close();
    }
  }, 60_000);

  it('posts the alert once to the named channel, with no answers or words in it, and not again after a restart', async () => {
    const posted = nock(connector)
      .post(`/teams/v3/conversations/${encodeURIComponent(alertsChannel)}/activities`)
      .reply(200, (_uri, body) => {
        postedActivity = body as Record<string, unknown>;
        return { id: 'card-activity-1' };
      });
    const service = await startTestService({ DATABASE_URL: databaseUrl, TEAMS_ALERT_CONVERSATION: alertsChannel });
    try {
      await until(() => posted.isDone() && service.logs().includes('"channel":"teams"'));
      expect(posted.isDone()).toBe(true);
      const teamsRow = (await service.store.listOutbox()).find((row) => row.kind === 'crisis-alert:teams');
      await until(() => false, 200);
      expect(
        (await service.store.listOutbox()).find((row) => row.kind === 'crisis-alert:teams')?.deliveredAt,
      ).not.toBeNull();
      expect(teamsRow?.dedupKey).toBe(`crisis-alert:${recordId}:0:teams`);
    } finally {
      await service.close();
    }
    const text = JSON.stringify(postedActivity);
    expect(text).not.toContain(canary);
    expect(text).not.toContain(crisisSentence);
    const attachments = (postedActivity?.attachments ?? []) as {
      contentType: string;
      content: Record<string, unknown>;
    }[];
    const attachment = attachments[0];
    expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    postedCard = attachment?.content;
    expect(postedCard).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(JSON.stringify(postedCard)).toContain('Acknowledge');
    expect(postedActivity?.summary).toMatch(/^Crisis alert \(Emergency\), intake /);

    // A restart sends nothing again: any post now would find no interceptor and fail the run.
    const again = nock(connector)
      .post(/activities/)
      .reply(200, { id: 'duplicate' });
    const restarted = await startTestService({ DATABASE_URL: databaseUrl, TEAMS_ALERT_CONVERSATION: alertsChannel });
    try {
      await sleep(1500);
      expect(again.isDone()).toBe(false);
    } finally {
      await restarted.close();
      nock.cleanAll();
    }
  }, 90_000);

  it('takes Acknowledge from a linked clinician: acknowledged, audited, escalation stopped, card refreshed for all', async () => {
    expect(postedCard).toBeDefined();
    const card = postedCard as Record<string, unknown>;
    const service = await startTestService({ DATABASE_URL: databaseUrl, TEAMS_ALERT_CONVERSATION: alertsChannel });
    try {
      const staff = new StaffService(service.store);
      await staff.addAccount('clinician@harborlight.example', 'clinician', cliActor);
      await staff.setEntraObjectId('clinician@harborlight.example', clinicianOid, cliActor);
      await staff.addAccount('desk@harborlight.example', 'front-desk', cliActor);
      await staff.setEntraObjectId('desk@harborlight.example', deskOid, cliActor);

      // Front desk, and someone with no account: refused with a message, nothing recorded.
      for (const oid of [deskOid, '0d0d0d0d-1111-4222-8333-444444444444']) {
        const refused = await post(service, press(card, oid));
        expect(refused.status).toBe(200);
        expect(refused.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
      }
      expect(await service.store.listAlertAcknowledgements(recordId)).toEqual([]);

      let updated: Record<string, unknown> | undefined;
      const update = nock(connector)
        .put(`/teams/v3/conversations/${encodeURIComponent(alertsChannel)}/activities/card-activity-1`)
        .reply(200, (_uri, body) => {
          updated = body as Record<string, unknown>;
          return { id: 'card-activity-1' };
        });
      const pressed = await post(service, press(card, clinicianOid));
      expect(pressed.status).toBe(200);
      expect(pressed.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
      const refreshed = JSON.stringify(pressed.body?.value);
      expect(refreshed).toContain('Acknowledged by clinician@harborlight.example');
      expect(refreshed).not.toContain('Action.Execute');
      // Everyone in the channel sees the same card: the posted message itself was replaced.
      expect(update.isDone()).toBe(true);
      expect(JSON.stringify(updated)).toContain('Acknowledged by clinician@harborlight.example');

      expect(await service.store.listAlertAcknowledgements(recordId)).toEqual([
        expect.objectContaining({ recordId, by: 'clinician@harborlight.example' }),
      ]);
      const audit = await service.store.review((tx) => tx.auditLog({ limit: 10 }));
      expect(audit.find((row) => row.action === 'record.acknowledge')).toMatchObject({
        recordId,
        via: 'teams',
        actorEmail: 'clinician@harborlight.example',
      });
      // However late it gets, this record's alerts no longer escalate.
      const farFuture = new Date(Date.now() + 7 * 24 * 3_600_000).toISOString();
      const overdue = await service.store.listOverdueAlerts(farFuture);
      expect(overdue.filter((alert) => alert.payload.recordId === recordId)).toEqual([]);
    } finally {
      await service.close();
    }
  }, 90_000);

  it('never starts an intake in a team’s channel', async () => {
    const service = await startTestService({ DATABASE_URL: tempDatabaseUrl() });
    try {
      const said = await post(
        service,
        fromChannel(alertsChannel, {
          type: 'message',
          text: 'hello',
          from: { id: '29:someone', aadObjectId: deskOid },
        }),
      );
      expect(said.status).toBe(200);
      expect(await service.store.listRecords()).toEqual([]);
    } finally {
      await service.close();
    }
  }, 60_000);
});
