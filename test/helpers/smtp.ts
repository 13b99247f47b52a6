// Test helpers: an SMTP server on loopback (random port, no TLS, any login accepted) that keeps every message it gets.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope: who the SMTP client sent it from and to. */
  from: string;
  to: string[];
  user: string | undefined;
  raw: string;
  headers: Record<string, string>;
  text: string;
  html: string;
}

export interface SmtpReceiver {
  port: number;
  /** An SMTP_URL for it, with a login (accepted whatever it is). */
  url: string;
  mails: ReceivedMail[];
  close(): Promise<void>;
}

const decodeQuotedPrintable = (body: string) =>
  Buffer.from(
    body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

function decodeBody(headers: Record<string, string>, body: string): string {
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return body;
}

/** Header names in lower case, folded lines unfolded. */
function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at > 0) headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
  }
  return headers;
}

function split(entity: string): { headers: Record<string, string>; body: string } {
  const at = entity.search(/\r?\n\r?\n/);
  const head = at < 0 ? entity : entity.slice(0, at);
  const body = at < 0 ? '' : entity.slice(at).replace(/^\r?\n\r?\n/, '');
  return { headers: parseHeaders(head), body };
}

/** The text/plain and text/html parts of a message (a multipart/alternative one, or a single part). */
function parts(raw: string): { headers: Record<string, string>; text: string; html: string } {
  const { headers, body } = split(raw);
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  const found = { text: '', html: '' };
  const entities = boundary ? body.split(`--${boundary}`).slice(1, -1) : [raw];
  for (const entity of entities) {
    const part = split(entity.replace(/^\r?\n/, ''));
    const type = part.headers['content-type'] ?? '';
    if (type.startsWith('text/plain')) found.text = decodeBody(part.headers, part.body);
    if (type.startsWith('text/html')) found.html = decodeBody(part.headers, part.body);
  }
  return { headers, ...found };
}

export async function startSmtpReceiver(port = 0): Promise<SmtpReceiver> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const mailFrom = session.envelope.mailFrom;
        mails.push({
          from: mailFrom ? mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          user: typeof session.user === 'string' ? session.user : undefined,
          raw,
          ...parts(raw),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  const address = (server.server.address() as AddressInfo).port;
  return {
    port: address,
    url: `smtp://alerts%40harborlight.example:app-password@127.0.0.1:${address}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
