// Every route the app registers either is public by name (the widget, the bot, health, signing in) or refuses an
// anonymous caller: the staff API with 401, the dashboard's pages with a redirect to sign-in, the widget's
// conversations without their token. A route added without a guard fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../helpers/service.js';

/** Public on purpose, each with why. */
const publicRoutes: Record<string, string> = {
  'GET /healthz': 'liveness for the platform',
  'GET /readyz': 'readiness for the platform',
  'POST /api/messages': 'the bot: the front door authenticates Bot Framework callers itself (src/bot/front-door.ts)',
  'GET /': 'the demo practice page with the launcher in place',
  'GET /chat': 'the chat panel the launcher frames (no health data in the page)',
  'GET /embed': 'how a practice installs the widget (no secrets)',
  'GET /widget.js': 'the embed script practices put on their sites',
  'GET /web/*': 'the widget script and styles',
  'GET /webchat/webchat.js': 'Web Chat for the widget',
  'POST /api/directline/token': 'the widget gets its conversation token (rate limited by address)',
  'POST /api/directline/resume':
    'a reload or another tab continues its conversation with the previous token or the resume secret (rate limited)',
  'POST /api/directline/resume-code':
    'the code "stop" gave continues its conversation on any device (10 tries per address per minute, a code locks after 5 wrong ones)',
  'POST /v3/directline/tokens/generate': 'the built-in Direct Line hands a widget its token',
  'POST /v3/directline/conversations': 'the built-in Direct Line starts a conversation for the token holder',
  'GET /review/assets/*': 'the dashboard stylesheet',
  'GET /review/assets/teams-js.js': 'the Teams client library for the tab (a published script, no data)',
  'POST /api/teams/sso':
    'the Teams tab signs in: the Entra token in the body is the credential (src/teams/sso-router.ts)',
  'GET /review/sign-in': 'the sign-in form',
  'POST /review/sign-in': 'signing in (rate limited, lockout per account)',
  'GET /review/setup/:token': 'the one-time setup link (the token is the credential)',
  'POST /review/setup/:token': 'choosing a password with that link',
};

const sample = (path: string) =>
  path
    .replace(':token', 'not-a-valid-setup-token-xxxxxxxx')
    .replace(/:[a-z]+/gi, 'x')
    .replace('/*', '/missing.css');

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
}, 60_000);
afterAll(async () => {
  await service?.close();
});

describe('every route', () => {
  it('is public by the allow-list, or refuses an anonymous caller', async () => {
    const routes = service.routes();
    expect(routes.length).toBeGreaterThan(30);
    const failures: string[] = [];
    for (const { method, path } of routes) {
      const key = `${method} ${path}`;
      if (publicRoutes[key]) continue;
      const response = await fetch(service.base + sample(path), {
        method,
        redirect: 'manual',
        headers: { 'content-type': 'application/json' },
        body: method === 'GET' ? undefined : '{}',
      });
      // Pages send the caller to sign-in (or refuse a form without its token); everything else says 401 or 403.
      const toSignIn = response.status === 303 && /^\/review\/sign-in/.test(response.headers.get('location') ?? '');
      const refused = response.status === 401 || response.status === 403 || (path.startsWith('/review') && toSignIn);
      if (!refused) failures.push(`${key} answered ${response.status} ${response.headers.get('location') ?? ''}`);
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('has no stale entry in the allow-list', () => {
    const registered = new Set(service.routes().map((r) => `${r.method} ${r.path}`));
    expect(Object.keys(publicRoutes).filter((key) => !registered.has(key))).toEqual([]);
  });

  it('refuses a made-up or malformed bearer token on the staff API', async () => {
    for (const authorization of ['Bearer itk_' + 'a'.repeat(40), 'Bearer nonsense', 'Basic YWRtaW46YWRtaW4=']) {
      const response = await fetch(`${service.base}/api/intakes`, { headers: { authorization } });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
    }
  });
});
