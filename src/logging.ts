// Structured JSON logs (pino): ids, steps and timings only; message text and answers never reach a log line.
import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'therapy-intake' },
      // A last line of defence: these keys hold what people typed and must never be written out.
      redact: {
        paths: ['text', '*.text', 'answer', '*.answer', 'value', '*.value', 'snapshot', 'record'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
