// Erasure from the dashboard: only an admin sees the form and may post it, with the page's CSRF token and the box
// ticked; the intake is gone afterwards and the audit log says who erased it, how and when.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIntakes } from '../../src/cli/demo-intakes.js';
import { seedIntakes } from '../../src/cli/seed-demo.js';
import { defaultPractice } from '../helpers/conversation.js';
import { startTestService, type TestService } from '../helpers/service.js';
import { enrolStaff, type SignedInStaff } from '../helpers/staff-client.js';

let service: TestService;
let admin: SignedInStaff;
let clinician: SignedInStaff;
let recordId: string;

beforeAll(async () => {
  service = await startTestService({ RECORD_ENCRYPTION_KEY: Buffer.alloc(32, 0x42).toString('base64') });
  const calm = demoIntakes.filter((d) => d.label.startsWith('calm'));
  const seeded = await seedIntakes(service.store, defaultPractice, service.databaseUrl, calm.slice(0, 1));
  recordId = (seeded[0] as (typeof seeded)[number]).record.id;
  admin = await enrolStaff(service.base, service.store, 'admin@example.org', 'admin');
  clinician = await enrolStaff(service.base, service.store, 'clinician@example.org', 'clinician');
}, 120_000);
afterAll(async () => {
  await service?.close();
});

describe('erasing an intake from the dashboard', () => {
  const path = () => `/review/intakes/${recordId}`;

  it('shows the form to admins only, and refuses a clinician who posts it anyway', async () => {
    expect((await clinician.browser.get(path())).body).not.toContain('/erase"');
    const refused = await clinician.browser.post(`${path()}/erase`, { confirm: 'yes' });
    expect(refused.status).toBe(403);
    expect((await admin.browser.get(path())).body).toContain(`action="${path()}/erase"`);
  });

  it('needs the CSRF token and the ticked box', async () => {
    await admin.browser.get(path());
    const withoutToken = await admin.browser.request('POST', `${path()}/erase`, { form: { confirm: 'yes' } });
    expect(withoutToken.status).toBe(403);
    await admin.browser.get(path());
    expect((await admin.browser.post(`${path()}/erase`)).status).toBe(400);
    expect((await service.store.getRecord(recordId))?.ok).toBe(true);
  });

  it('erases it, says so, and audits who, how and when', async () => {
    await admin.browser.get(path());
    const erased = await admin.browser.post(`${path()}/erase`, { confirm: 'yes' });
    expect(erased.status).toBe(200);
    expect(erased.body).toContain('Intake erased');
    expect(await service.store.getRecord(recordId)).toBeUndefined();
    expect((await admin.browser.get(path())).status).toBe(404);
    const audit = (await service.store.reviewReads().auditLog({ limit: 20 })).find(
      (entry) => entry.action === 'record.erase' && entry.recordId === recordId,
    );
    expect(audit).toMatchObject({ actorEmail: 'admin@example.org', via: 'session', detail: { records: 1 } });
  });
});
