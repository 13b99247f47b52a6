// The widget's pages over real HTTP: the embed script carries the practice's settings, the chat panel carries the
// emergency numbers for the visitor's country in its HTML (they show with the bot down), the install steps the snippet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPractice } from '../helpers/conversation.js';
import { startTestService, type TestService } from '../helpers/service.js';

let service: TestService;
beforeAll(async () => {
  service = await startTestService(
    { PUBLIC_URL: 'https://chat.practice.example' },
    {
      ...defaultPractice,
      name: 'Harbor </script><b>Light',
      widget: { ...defaultPractice.widget, allowedOrigins: ['https://www.practice.example'] },
    },
  );
}, 60_000);
afterAll(async () => {
  await service?.close();
});

const page = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${service.base}${path}`, { headers });
  return { response, html: await response.text() };
};

describe('GET /widget.js', () => {
  it('is JavaScript with the practice’s name, colour and both languages’ launcher words, and nothing that closes a tag', async () => {
    const { response, html } = await page('/widget.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(html).toContain(defaultPractice.widget.primaryColor);
    expect(html).toContain('"open":"Contact us"');
    expect(html).toContain('"open":"Contáctanos"');
    expect(html).not.toContain('</script>');
    expect(html).not.toContain('__SETTINGS__');
  });
});

describe('GET /chat', () => {
  it('lists the emergency number and crisis line of the visitor’s country in the page itself', async () => {
    const us = await page('/chat', { 'accept-language': 'en-US,en;q=0.9' });
    expect(us.html).toContain('href="tel:911"');
    expect(us.html).toContain('988 Suicide &amp; Crisis Lifeline: call or text 988');
    const spain = await page('/chat?lang=es-ES');
    expect(spain.html).toContain('<html lang="es"');
    expect(spain.html).toContain('href="tel:112"');
    expect(spain.html).toContain('Salida rápida');
    const mexico = await page('/chat?lang=es-MX');
    expect(mexico.html).toContain('href="tel:911"');
  });

  it('escapes the practice’s settings wherever they appear and says only "Contact us" in the tab title', async () => {
    const { html } = await page('/chat');
    expect(html).not.toContain('</script><b>');
    expect(html).toContain('<title>Contact us · Harbor &lt;/script>&lt;b>Light</title>');
  });

  it('answers a malformed language with the practice’s default, never an error', async () => {
    const { response, html } = await page('/chat?lang=%3Cscript%3E');
    expect(response.status).toBe(200);
    expect(html).toContain('<html lang="en"');
  });
});

describe('GET /embed and GET /', () => {
  it('gives the snippet with the public address and names the allowed sites', async () => {
    const { html } = await page('/embed');
    expect(html).toContain('&lt;script src=&quot;https://chat.practice.example/widget.js&quot; async>&lt;/script>');
    expect(html).toContain('https://www.practice.example');
  });

  it('shows the demo practice page with the launcher script and no inline script', async () => {
    const { html } = await page('/');
    expect(html).toContain('<script src="/widget.js" async');
    expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g) ?? []).toEqual([]);
  });
});
