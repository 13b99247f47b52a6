// The funnel over real HTTP: conversations run through the bot move the weekly counters, and admins and clinicians
// read the same figures as JSON (`GET /api/insights`) and as a page with a chart; front desk may not, anonymous
// callers are refused, and nothing in it names anyone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botClient, promptOf, startTestService, type TestService } from '../helpers/service.js';
import { enrolStaff, type SignedInStaff } from '../helpers/staff-client.js';

let service: TestService;
let clinician: SignedInStaff;
let frontDesk: SignedInStaff;
const firstName = 'Quillonzebra';

async function conversation(answers: string[]) {
  const client = botClient(service.base);
  let activities = (await client.start()).activities;
  for (const answer of answers) {
    if (!promptOf(activities)) break;
    activities = (await client.say(answer)).activities;
  }
}

beforeAll(async () => {
  service = await startTestService();
  await conversation(['start', 'no']);
  await conversation(['start', 'yes', 'myself', firstName]);
  clinician = await enrolStaff(service.base, service.store, 'clinician@example.org', 'clinician');
  frontDesk = await enrolStaff(service.base, service.store, 'desk@example.org', 'front-desk');
}, 120_000);

afterAll(async () => {
  await service?.close();
});

describe('insights', () => {
  it('gives admins and clinicians the weekly funnel as JSON, counts only', async () => {
    const response = await clinician.browser.get('/api/insights');
    expect(response.status).toBe(200);
    const report = JSON.parse(response.body);
    expect(report.weeks).toHaveLength(12);
    expect(report.total).toMatchObject({ started: 2, declined: 1, submitted: 0 });
    expect(report.total.reached.consent).toBe(2);
    expect(report.total.reached.about).toBe(1);
    expect(response.body).not.toContain(firstName);
    expect(response.body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('takes a date range, and refuses one that is not', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const ranged = await clinician.browser.get(`/api/insights?from=${today}&to=${today}`);
    expect(JSON.parse(ranged.body).weeks).toHaveLength(1);
    expect((await clinician.browser.get('/api/insights?from=yesterday')).status).toBe(400);
    expect((await clinician.browser.get('/api/insights?from=2026-12-31&to=2026-01-01')).status).toBe(400);
  });

  it('shows the page with its chart to a clinician, and not to the front desk or anyone signed out', async () => {
    const page = await clinician.browser.get('/review/insights');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<svg role="img"');
    expect(page.body).toContain('Completion rate');
    expect(page.body).not.toContain(firstName);
    expect((await frontDesk.browser.get('/review/insights')).status).toBe(403);
    expect((await frontDesk.browser.get('/api/insights')).status).toBe(403);
    expect((await fetch(`${service.base}/api/insights`)).status).toBe(401);
    const audit = await service.store.review((tx) => tx.auditLog({ limit: 20 }));
    expect(audit.some((row) => row.action === 'insights.view' && row.actorEmail === 'clinician@example.org')).toBe(
      true,
    );
  });
});
