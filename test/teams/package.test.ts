// `npm run --silent teams:package`, run as an operator would: each app's zip holds a manifest and its Spanish
// localization that fit the Teams schema shipped in @microsoft/app-manifest (checked offline), with icons of the
// sizes Teams asks for; the staff app carries the tab with SSO and the bot in team scope, the intake app the bot in
// personal chat only.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaProblems } from '../../src/teams/package.js';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const botAppId = '11111111-2222-4333-8444-555555555555';
const publicUrl = 'https://intake.example.org';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function teamsPackage(args: readonly string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/teams/package-cli.ts', ...args], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH, NODE_ENV: 'test', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => resolveRun({ status, stdout, stderr }));
  });
}

let out: string;
const env = () => ({ MicrosoftAppId: botAppId, PUBLIC_URL: publicUrl });

async function unzip(path: string) {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const files = Object.keys(zip.files).sort();
  const json = async (name: string) => JSON.parse(await (zip.file(name)?.async('string') ?? Promise.resolve('null')));
  const png = async (name: string) => PNG.sync.read((await zip.file(name)?.async('nodebuffer')) ?? Buffer.alloc(0));
  return { files, json, png };
}

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'teams-package-'));
});
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe('teams:package', () => {
  it('builds the staff app by default: the queue tab with SSO and the bot in team scope', async () => {
    const run = await teamsPackage(['--out', out], env());
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${join(out, 'staff-app.zip')}\n`);
    const { files, json, png } = await unzip(run.stdout.trim());
    expect(files).toEqual(['color.png', 'es.json', 'manifest.json', 'outline.png']);

    const manifest = await json('manifest.json');
    expect(await schemaProblems(manifest, 'manifest')).toEqual([]);
    expect(manifest.staticTabs).toEqual([
      expect.objectContaining({ contentUrl: `${publicUrl}/review?inTeams=1`, scopes: ['personal'] }),
    ]);
    expect(manifest.bots).toEqual([expect.objectContaining({ botId: botAppId, scopes: ['team'] })]);
    expect(manifest.webApplicationInfo).toEqual({ id: botAppId, resource: `api://intake.example.org/${botAppId}` });
    expect(manifest.validDomains).toEqual(['intake.example.org']);
    expect(manifest.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const spanish = await json('es.json');
    expect(await schemaProblems(spanish, 'localization')).toEqual([]);
    expect(spanish['staticTabs[0].name']).toBe('Cola de admisiones');

    const color = await png('color.png');
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = await png('outline.png');
    expect([outline.width, outline.height]).toEqual([32, 32]);
    // The outline icon is white on transparent: every pixel is either see-through or white.
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = outline.data.subarray(i, i + 4);
      expect(a === 0 || (r === 255 && g === 255 && b === 255 && a === 255)).toBe(true);
    }
    expect(outline.data.some((value, i) => i % 4 === 3 && value === 0)).toBe(true);
  }, 120_000);

  it('builds the intake app with --app intake: the bot in personal chat, no tab, no SSO', async () => {
    const run = await teamsPackage(['--app', 'intake', '--out', out], env());
    expect(run.status).toBe(0);
    const { files, json } = await unzip(run.stdout.trim());
    expect(files).toEqual(['color.png', 'es.json', 'manifest.json', 'outline.png']);
    const manifest = await json('manifest.json');
    expect(await schemaProblems(manifest, 'manifest')).toEqual([]);
    expect(manifest.bots).toEqual([expect.objectContaining({ botId: botAppId, scopes: ['personal'] })]);
    expect(manifest.staticTabs).toBeUndefined();
    expect(manifest.webApplicationInfo).toBeUndefined();
    expect(await schemaProblems(await json('es.json'), 'localization')).toEqual([]);
    // The two apps are separate apps in Teams: different ids from the same bot.
    const staff = await unzip(join(out, 'staff-app.zip'));
    expect((await staff.json('manifest.json')).id).not.toBe(manifest.id);
  }, 120_000);

  it('refuses without the bot id or an https PUBLIC_URL, or with an unknown app, naming what to set', async () => {
    const noId = await teamsPackage(['--out', out], { PUBLIC_URL: publicUrl });
    expect(noId.status).toBe(1);
    expect(noId.stdout).toBe('');
    expect(noId.stderr).toMatch(/^MicrosoftAppId: /);
    const plainHttp = await teamsPackage(['--out', out], { MicrosoftAppId: botAppId, PUBLIC_URL: 'http://localhost' });
    expect(plainHttp.status).toBe(1);
    expect(plainHttp.stderr).toMatch(/^PUBLIC_URL: /);
    const unknown = await teamsPackage(['--app', 'everyone', '--out', out], env());
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^--app: /);
  }, 180_000);

  it('takes a bot id in any GUID form, not only RFC 9562 variants', async () => {
    const run = await teamsPackage(['--out', out], {
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      PUBLIC_URL: publicUrl,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 120_000);

  it('finds a manifest that breaks the schema', async () => {
    const problems = await schemaProblems({ manifestVersion: '1.19', id: 'not-a-guid' }, 'manifest');
    expect(problems.length).toBeGreaterThan(0);
  });
});
