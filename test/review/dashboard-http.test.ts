// The practice's side over real HTTP against the running service, with intakes left by real conversations: staff
// enrol and sign in as people do, the queue puts the person to call first at the top, each role sees what it may,
// actions are audited, forms need their token, and what a person typed is text wherever it is shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoIntake, demoIntakes } from '../../src/cli/demo-intakes.js';
import { type SeededIntake, seedIntakes } from '../../src/cli/seed-demo.js';
import { cliActor, StaffService } from '../../src/review/auth/staff-service.js';
import { defaultPractice } from '../helpers/conversation.js';
import { startTestService, type TestService } from '../helpers/service.js';
import { enrolStaff, type SignedInStaff, StaffBrowser } from '../helpers/staff-client.js';

const xssName = '<img src=x onerror=alert(1)>';
const xssWords = '[click me](javascript:alert(2)) ![x](https://evil.example/x.png) <script>alert(3)</script>';
const formula = '=HYPERLINK("https://evil.example","Click")';

const calm = demoIntakes.find((d) => d.label.startsWith('calm: anxiety')) as DemoIntake;
const hostile: DemoIntake = {
  ...calm,
  label: 'hostile input',
  hoursAgo: 30,
  answers: {
    ...calm.answers,
    firstName: xssName,
    lastName: 'Núñez',
    reasonsOwnWords: xssWords,
    therapistNotes: formula,
  },
};

let service: TestService;
let seeded: SeededIntake[];
let clinician: SignedInStaff;
let frontDesk: SignedInStaff;
let admin: SignedInStaff;

const byLabel = (prefix: string) => {
  const found = seeded.find((s) => s.label.startsWith(prefix));
  if (!found) throw new Error(`no seeded intake ${prefix}`);
  return found.record;
};

async function api(who: SignedInStaff, path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await who.browser.request(init.method ?? 'GET', path, {
    headers: { 'content-type': 'application/json', 'x-csrf-token': who.browser.csrf },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, json: response.body ? JSON.parse(response.body) : undefined, response };
}

beforeAll(async () => {
  service = await startTestService();
  seeded = await seedIntakes(service.store, defaultPractice, service.databaseUrl, [...demoIntakes, hostile]);
  clinician = await enrolStaff(service.base, service.store, 'clinician@example.org', 'clinician');
  frontDesk = await enrolStaff(service.base, service.store, 'desk@example.org', 'front-desk');
  admin = await enrolStaff(service.base, service.store, 'admin@example.org', 'admin');
  for (const who of [clinician, frontDesk, admin]) await who.browser.get('/review');
}, 180_000);

afterAll(async () => {
  await service?.close();
});

describe('signing in', () => {
  it('enrolment shows ten recovery codes once and lands in a signed-in session', () => {
    expect(clinician.recoveryCodes).toHaveLength(10);
    expect(clinician.browser.hasSession()).toBe(true);
  });

  it('sends an anonymous reader to sign-in, and says so when a session ended', async () => {
    const anonymous = new StaffBrowser(service.base);
    const page = await anonymous.get('/review');
    expect(page.status).toBe(303);
    expect(page.location).toBe('/review/sign-in');
  });

  it('locks an account after five wrong passwords, with a clear message', async () => {
    await new StaffService(service.store).addAccount('locked@example.org', 'clinician', cliActor);
    const browser = new StaffBrowser(service.base);
    await browser.get('/review/sign-in');
    let last = await browser.post('/review/sign-in', { email: 'locked@example.org', password: 'wrong password 1' });
    for (let i = 0; i < 5; i++) {
      last = await browser.post('/review/sign-in', { email: 'locked@example.org', password: `wrong password ${i}` });
    }
    expect(last.status).toBe(401);
    expect(last.body).toMatch(/locked for \d+ minutes/);
  });

  it('sign-out ends the session on the server, not only in the browser', async () => {
    const who = await enrolStaff(service.base, service.store, 'leaving@example.org', 'clinician');
    const page = await who.browser.get('/review');
    const cookie = page.headers.get('set-cookie');
    expect(cookie ?? '').not.toMatch(/intake_staff=/);
    const saved = (who.browser as unknown as { jar: Map<string, string> }).jar.get('intake_staff');
    const out = await who.browser.post('/review/sign-out');
    expect(out.location).toBe('/review/sign-in?done=signed-out');
    const replay = await fetch(`${service.base}/review`, {
      headers: { cookie: `intake_staff=${saved}` },
      redirect: 'manual',
    });
    expect(replay.status).toBe(303);
  });
});

describe('the queue', () => {
  it('puts unacknowledged emergency, then urgent, first, then submitted intakes oldest first', async () => {
    const { status, json } = await api(clinician, '/api/intakes?limit=100');
    expect(status).toBe(200);
    const levels = json.items.map((i: { triage: { level: string } }) => i.triage.level);
    expect(levels.slice(0, 2)).toEqual(['emergency', 'urgent']);
    const submitted = json.items.filter(
      (i: { status: string; triage: { unacknowledged: boolean } }) =>
        i.status === 'submitted' && !i.triage.unacknowledged,
    );
    const times = submitted.map((i: { submittedAt: string }) => i.submittedAt);
    expect(times).toEqual([...times].sort());
    expect(json.items[0]).toMatchObject({ id: byLabel('emergency').id, reference: byLabel('emergency').reference });
  });

  it('filters by codes in the query and refuses anything else there (no names in URLs)', async () => {
    const urgent = await api(clinician, '/api/intakes?triage=urgent');
    expect(urgent.json.items.every((i: { triage: { level: string } }) => i.triage.level === 'urgent')).toBe(true);
    expect((await api(clinician, '/api/intakes?q=Demo')).status).toBe(400);
    expect((await api(clinician, '/api/intakes?triage=<script>')).status).toBe(400);
  });

  it('finds a person by exact last name or by reference, by POST', async () => {
    const byName = await api(clinician, '/api/intakes/search', { method: 'POST', body: { q: 'nunez' } });
    expect(byName.json.items.map((i: { id: string }) => i.id)).toEqual([byLabel('hostile').id]);
    const partial = await api(clinician, '/api/intakes/search', { method: 'POST', body: { q: 'nun' } });
    expect(partial.json.items).toEqual([]);
    const reference = byLabel('urgent').reference.toLowerCase().replace('-', '');
    const byReference = await api(clinician, '/api/intakes/search', { method: 'POST', body: { q: reference } });
    expect(byReference.json.items.map((i: { id: string }) => i.id)).toEqual([byLabel('urgent').id]);
  });

  it('renders the queue page with the emergency first, not cached, names as text', async () => {
    const page = await clinician.browser.get('/review');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const first = page.body.indexOf(byLabel('emergency').reference);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(page.body.indexOf(byLabel('calm: anxiety').reference));
    expect(page.body).not.toContain(xssName);
    expect(page.body).toContain('&lt;img src=x onerror=alert(1)>');
  });
});

describe('minimum necessary', () => {
  it('gives the front desk contact, preferences, status and triage level, and nothing clinical', async () => {
    const id = byLabel('emergency').id;
    const { json } = await api(frontDesk, `/api/intakes/${id}`);
    expect(json.contact.firstName).toBe('Demo');
    expect(json.triage.level).toBe('emergency');
    expect(json.triage.kinds).toBeUndefined();
    for (const section of ['safety', 'measures', 'reasons', 'goals', 'history']) expect(json[section]).toBeUndefined();
    expect(json.answers.some((a: { field: string }) => /^(phq|gad|asq|reasons|goals)/.test(a.field))).toBe(false);
    const clinical = await api(clinician, `/api/intakes/${id}`);
    expect(clinical.json.safety.result).toBe('acute');
    expect(clinical.json.measures.phq.total).toBeGreaterThan(0);
  });

  it('keeps the front desk out of safety pages and actions, and out of the audit log', async () => {
    const id = byLabel('emergency').id;
    const page = await frontDesk.browser.get(`/review/intakes/${id}`);
    expect(page.body).not.toContain('section-safety');
    expect(page.body).not.toContain('section-measures');
    expect((await frontDesk.browser.post(`/review/intakes/${id}/acknowledge`)).status).toBe(403);
    expect((await api(frontDesk, `/api/intakes/${id}/acknowledge`, { method: 'POST' })).status).toBe(403);
    expect((await frontDesk.browser.get('/review/audit')).status).toBe(403);
    expect((await api(clinician, '/api/audit')).status).toBe(403);
  });

  it('gives the front desk a CSV without clinical columns filled', async () => {
    const csv = await frontDesk.browser.get('/api/intakes.csv');
    expect(csv.status).toBe(200);
    expect(csv.body).not.toContain('javascript:alert');
  });
});

describe('working a record', () => {
  it('acknowledges the crisis alerts: the queue moves it down and its escalation stops', async () => {
    const id = byLabel('emergency').id;
    // Its alerts went out (as a channel would mark them) and nobody has acknowledged them: they are overdue later on.
    const alerts = (await service.store.listOutbox()).filter((m) => m.dedupKey.startsWith(`crisis-alert:${id}:`));
    expect(alerts.length).toBeGreaterThan(0);
    for (const alert of alerts) await service.store.markOutboxDelivered(alert.id, new Date().toISOString());
    const later = new Date(Date.now() + 86_400_000).toISOString();
    const overdue = async () => (await service.store.listOverdueAlerts(later)).some((a) => a.dedupKey.includes(id));
    expect(await overdue()).toBe(true);
    const page = await clinician.browser.get(`/review/intakes/${id}`);
    expect(page.body).toContain('Acknowledge the flag');
    const done = await clinician.browser.post(`/review/intakes/${id}/acknowledge`);
    expect(done.status).toBe(303);
    const after = await clinician.browser.get(done.location ?? '');
    expect(after.body).toContain('Flag acknowledged');
    const record = await api(clinician, `/api/intakes/${id}`);
    expect(record.json.triage.acknowledgedBy).toBe('clinician@example.org');
    const queue = await api(clinician, '/api/intakes?limit=100');
    expect(queue.json.items[0].id).not.toBe(id);
    expect(await overdue()).toBe(false);
  });

  it('moves the review on and keeps notes with who and when', async () => {
    const id = byLabel('urgent').id;
    await clinician.browser.get(`/review/intakes/${id}`);
    const moved = await clinician.browser.post(`/review/intakes/${id}/review`, { reviewState: 'contacted' });
    expect(moved.status).toBe(303);
    await clinician.browser.get(`/review/intakes/${id}`);
    await clinician.browser.post(`/review/intakes/${id}/notes`, { note: 'Called back, <b>booked</b> Tuesday.' });
    const { json } = await api(clinician, `/api/intakes/${id}`);
    expect(json.review).toMatchObject({ state: 'contacted', by: 'clinician@example.org' });
    expect(json.review.notes).toEqual([
      expect.objectContaining({ by: 'clinician@example.org', text: 'Called back, <b>booked</b> Tuesday.' }),
    ]);
    const page = await clinician.browser.get(`/review/intakes/${id}`);
    expect(page.body).toContain('Called back, &lt;b>booked&lt;/b> Tuesday.');
  });

  it('refuses a form without its token, or with another session’s', async () => {
    const id = byLabel('urgent').id;
    const none = await clinician.browser.request('POST', `/review/intakes/${id}/notes`, { form: { note: 'forged' } });
    expect(none.status).toBe(403);
    const foreign = await clinician.browser.request('POST', `/review/intakes/${id}/notes`, {
      form: { note: 'forged', _csrf: frontDesk.browser.csrf },
    });
    expect(foreign.status).toBe(403);
    const { json } = await api(clinician, `/api/intakes/${id}`);
    expect(json.review.notes.some((n: { text: string }) => n.text === 'forged')).toBe(false);
  });

  it('validates changes: an unknown state or an empty note is a 400', async () => {
    const id = byLabel('urgent').id;
    expect(
      (await api(clinician, `/api/intakes/${id}`, { method: 'PATCH', body: { reviewState: 'done' } })).status,
    ).toBe(400);
    expect((await api(clinician, `/api/intakes/${id}`, { method: 'PATCH', body: { note: '   ' } })).status).toBe(400);
    expect((await api(clinician, `/api/intakes/${id}`, { method: 'PATCH', body: {} })).status).toBe(400);
    expect((await api(clinician, '/api/intakes/no-such-id', { method: 'PATCH', body: { note: 'x' } })).status).toBe(
      404,
    );
  });
});

describe('what a person typed stays text', () => {
  it('in the record page and the print view', async () => {
    const id = byLabel('hostile').id;
    for (const path of [`/review/intakes/${id}`, `/review/intakes/${id}/print`]) {
      const page = await clinician.browser.get(path);
      expect(page.status).toBe(200);
      expect(page.body).not.toContain('<img src=x');
      expect(page.body).not.toContain('<script>alert');
      expect(page.body).not.toMatch(/href="javascript:/i);
      expect(page.body).not.toMatch(/<img[^>]+evil\.example/);
      expect(page.body).toContain('&lt;script>alert(3)&lt;/script>');
    }
  });

  it('in the CSV (no cell runs as a formula) and the FHIR export', async () => {
    const csv = await clinician.browser.get('/api/intakes.csv');
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.body).toContain(`"'=HYPERLINK(""https://evil.example"",""Click"")"`);
    const fhir = await clinician.browser.get(`/api/intakes/${byLabel('hostile').id}/fhir`);
    expect(fhir.headers.get('content-type')).toMatch(/application\/fhir\+json/);
    expect(JSON.parse(fhir.body).resourceType).toBe('QuestionnaireResponse');
    const questionnaire = await clinician.browser.get('/api/fhir/Questionnaire/intake');
    expect(JSON.parse(questionnaire.body).resourceType).toBe('Questionnaire');
  });
});

describe('API tokens', () => {
  it('read and change with a bearer token, no CSRF token needed; every use is audited', async () => {
    const token = await new StaffService(service.store).issueApiToken('admin@example.org', cliActor);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const list = await fetch(`${service.base}/api/intakes`, { headers });
    expect(list.status).toBe(200);
    const id = byLabel('calm: a parent').id;
    const patch = await fetch(`${service.base}/api/intakes/${id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ reviewState: 'in-review' }),
    });
    expect(patch.status).toBe(204);
  });
});

describe('the audit log', () => {
  it('lists sign-ins, views, exports, changes and acknowledgements, without what was searched for', async () => {
    const { json } = await api(admin, '/api/audit?limit=200');
    const actions = new Set(json.items.map((e: { action: string }) => e.action));
    for (const action of [
      'sign-in',
      'record.view',
      'record.acknowledge',
      'record.review',
      'record.note',
      'export.csv',
      'export.fhir',
      'search',
      'token.use',
    ]) {
      expect(actions, action).toContain(action);
    }
    const text = JSON.stringify(json);
    expect(text).not.toContain('nunez');
    expect(text).not.toContain('booked');
    const page = await admin.browser.get('/review/audit');
    expect(page.status).toBe(200);
    expect(page.body).toContain('record.acknowledge');
  });
});

describe('the staff page', () => {
  it('lets an admin add an account and hands over a working setup link', async () => {
    await admin.browser.get('/review/staff');
    const added = await admin.browser.post('/review/staff', { email: 'new.clinician@example.org', role: 'clinician' });
    expect(added.status).toBe(200);
    const link = /<code class="setup-link">([^<]+)<\/code>/.exec(added.body)?.[1] ?? '';
    expect(link).toMatch(/\/review\/setup\/[A-Za-z0-9_-]+$/);
    const setup = await new StaffBrowser(service.base).get(new URL(link).pathname);
    expect(setup.status).toBe(200);
    expect(setup.body).toContain('new.clinician@example.org');
  });

  it("links and unlinks a clinician's Microsoft account for Teams, and refuses what is not an object id", async () => {
    const objectId = '6b1f0c2e-8d4a-4c3b-9f1e-2a7d5c9e0b41';
    const staffPage = await admin.browser.get('/review/staff');
    expect(staffPage.body).toContain('Microsoft account (Teams)');
    const accounts = await new StaffService(service.store).list();
    const id = accounts.find((a) => a.email === 'clinician@example.org')?.id ?? '';
    const bad = await admin.browser.post(`/review/staff/${id}/entra`, { objectId: 'not-an-id' });
    expect(bad.body).toContain('is not an Entra object id');
    const linked = await admin.browser.post(`/review/staff/${id}/entra`, { objectId });
    expect(linked.status).toBe(200);
    const staff = new StaffService(service.store);
    expect((await staff.accountForEntra({ objectId }))?.email).toBe('clinician@example.org');
    const unlinked = await admin.browser.post(`/review/staff/${id}/entra`, { objectId: '' });
    expect(unlinked.status).toBe(200);
    expect(await staff.accountForEntra({ objectId })).toBeUndefined();
    const audit = await admin.browser.get('/review/audit');
    expect(audit.body).toContain('staff.entra-link');
    expect(audit.body).toContain('staff.entra-unlink');
    // Only admins manage accounts.
    expect((await clinician.browser.post(`/review/staff/${id}/entra`, { objectId })).status).toBe(403);
  });
});
