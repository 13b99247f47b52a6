// Headers on every page, over real HTTP: a strict CSP with a fresh nonce, framing per page, and rate limits that
// see the visitor's own address behind a trusted proxy (and only then).
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPractice } from '../helpers/conversation.js';
import { startTestService, type TestService } from '../helpers/service.js';

let service: TestService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));

describe('the Content-Security-Policy', () => {
  it('allows no inline script, styles only with this response’s nonce, images only from here', async () => {
    service = await startTestService();
    const first = await fetch(`${service.base}/chat`);
    const second = await fetch(`${service.base}/chat`);
    const csp = first.headers.get('content-security-policy') ?? '';
    expect(directive(csp, 'script-src')).toBe("script-src 'self'");
    expect(directive(csp, 'img-src')).toBe("img-src 'self' blob: data:");
    expect(directive(csp, 'connect-src')).toBe("connect-src 'self'");
    expect(directive(csp, 'object-src')).toBe("object-src 'none'");
    const nonce = /'nonce-([^']+)'/.exec(directive(csp, 'style-src') ?? '')?.[1];
    expect(nonce).toBeDefined();
    // The page hands the same nonce to Web Chat, and every response has its own.
    expect(await first.text()).toContain(`content="${nonce}"`);
    const secondNonce = /'nonce-([^']+)'/.exec(second.headers.get('content-security-policy') ?? '')?.[1];
    expect(secondNonce).not.toBe(nonce);
    expect(first.headers.get('referrer-policy')).toBe('no-referrer');
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('lets the chat be framed by the practice’s sites and every other route only by this server', async () => {
    const embedding = ['https://www.practice.example', 'https://blog.practice.example'];
    service = await startTestService(
      {},
      { ...defaultPractice, widget: { ...defaultPractice.widget, allowedOrigins: embedding } },
    );
    const chat = await fetch(`${service.base}/chat`);
    expect(directive(chat.headers.get('content-security-policy') ?? '', 'frame-ancestors')).toBe(
      `frame-ancestors 'self' ${embedding.join(' ')}`,
    );
    for (const path of ['/', '/embed', '/healthz', '/widget.js', '/nope']) {
      const response = await fetch(`${service.base}${path}`);
      expect(directive(response.headers.get('content-security-policy') ?? '', 'frame-ancestors'), path).toBe(
        "frame-ancestors 'self'",
      );
    }
  });

  it('reaches Azure’s Direct Line only when that is the widget’s channel', async () => {
    service = await startTestService({ DIRECT_LINE_SECRET: 'not-a-real-direct-line-secret' });
    const csp = (await fetch(`${service.base}/chat`)).headers.get('content-security-policy') ?? '';
    expect(directive(csp, 'connect-src')).toContain('https://directline.botframework.com');
    expect(directive(csp, 'connect-src')).toContain('wss://directline.botframework.com');
  });
});

describe('rate limits behind a proxy', () => {
  const tokenFrom = (base: string, forwardedFor: string) =>
    fetch(`${base}/api/directline/token`, { method: 'POST', headers: { 'x-forwarded-for': forwardedFor } });

  it('with TRUST_PROXY set, count each visitor’s own address', async () => {
    service = await startTestService({ TRUST_PROXY: 'loopback', RATE_LIMIT_TOKENS: '2' });
    expect((await tokenFrom(service.base, '203.0.113.1')).status).toBe(200);
    expect((await tokenFrom(service.base, '203.0.113.1')).status).toBe(200);
    expect((await tokenFrom(service.base, '203.0.113.1')).status).toBe(429);
    expect((await tokenFrom(service.base, '203.0.113.2')).status).toBe(200);
  });

  it('without it, never believe a forwarded address someone sends', async () => {
    service = await startTestService({ RATE_LIMIT_TOKENS: '2' });
    expect((await tokenFrom(service.base, '203.0.113.1')).status).toBe(200);
    expect((await tokenFrom(service.base, '203.0.113.2')).status).toBe(200);
    const limited = await tokenFrom(service.base, '203.0.113.3');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(await limited.json()).toEqual({ error: expect.stringMatching(/Too many requests/) });
  });
});
