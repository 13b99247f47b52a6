// A member of staff over real HTTP: a cookie jar, forms posted with the page's CSRF token, and the whole sign-in
// (setup link, password, TOTP enrolment with a code computed here) against the running service.
import { Secret, TOTP } from 'otpauth';
import { cliActor, StaffService } from '../../src/review/auth/staff-service.js';
import type { StaffRole } from '../../src/store/review-types.js';
import type { IntakeStore } from '../../src/store/types.js';

export interface PageResponse {
  status: number;
  location: string | null;
  body: string;
  headers: Headers;
}

export const csrfOf = (html: string): string => {
  const found = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!found) throw new Error('no CSRF field on the page');
  return found;
};

export function totpNow(secret: string, at = Date.now()): string {
  return new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({
    timestamp: at,
  });
}

export class StaffBrowser {
  private readonly jar = new Map<string, string>();
  /** The last page's CSRF token, for the next form. */
  csrf = '';

  constructor(readonly base: string) {}

  private cookieHeader(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      if (!name) continue;
      const value = rest.join('=');
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.jar.delete(name.trim());
      else this.jar.set(name.trim(), value);
    }
  }

  async request(
    method: string,
    path: string,
    init: { form?: Record<string, string>; headers?: Record<string, string>; body?: string } = {},
  ): Promise<PageResponse> {
    const headers: Record<string, string> = { cookie: this.cookieHeader(), ...init.headers };
    let body = init.body;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(this.base + path, { method, headers, body, redirect: 'manual' });
    this.keep(response.headers);
    const text = await response.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(text)?.[1];
    if (token) this.csrf = token;
    return {
      status: response.status,
      location: response.headers.get('location'),
      body: text,
      headers: response.headers,
    };
  }

  get(path: string): Promise<PageResponse> {
    return this.request('GET', path);
  }

  /** Posts a form with the CSRF token of the last page this browser loaded. */
  post(path: string, form: Record<string, string> = {}): Promise<PageResponse> {
    return this.request('POST', path, { form: { _csrf: this.csrf, ...form } });
  }

  hasSession(): boolean {
    return [...this.jar.keys()].some((name) => name.endsWith('intake_staff'));
  }
}

export interface SignedInStaff {
  browser: StaffBrowser;
  email: string;
  password: string;
  secret: string;
  recoveryCodes: string[];
}

/** Creates the account in the store, then does what the person does: open the link, set a password, enrol TOTP. */
export async function enrolStaff(
  base: string,
  store: IntakeStore,
  email: string,
  role: StaffRole,
): Promise<SignedInStaff> {
  const { setupToken } = await new StaffService(store).addAccount(email, role, cliActor);
  const browser = new StaffBrowser(base);
  const password = `correct horse ${role} battery`;
  const setup = await browser.get(`/review/setup/${setupToken}`);
  if (setup.status !== 200) throw new Error(`setup page: ${setup.status}`);
  const saved = await browser.post(`/review/setup/${setupToken}`, { password, confirm: password });
  if (saved.location !== '/review/mfa') throw new Error(`setup: ${saved.status} ${saved.location}`);
  const mfa = await browser.get('/review/mfa');
  const secret = /name="enrolling" value="([A-Z2-7]+)"/.exec(mfa.body)?.[1];
  if (!secret) throw new Error('no enrolment secret on the page');
  const done = await browser.post('/review/mfa', { code: totpNow(secret), enrolling: secret });
  if (done.status !== 200) throw new Error(`enrolment: ${done.status} ${done.location}`);
  const recoveryCodes = [...done.body.matchAll(/<li><code>([^<]+)<\/code><\/li>/g)].map((m) => m[1] ?? '');
  return { browser, email, password, secret, recoveryCodes };
}
