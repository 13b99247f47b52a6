// The one error handler: clear status codes, no internals and nobody's words in the response.
import type { ErrorRequestHandler } from 'express';
import { errorBody, HttpError } from '../http/http-error.js';
import type { Logger } from '../logging.js';

interface BodyParserError {
  type?: string;
  status?: number;
}

function describe(error: unknown): { status: number; message: string; headers: Readonly<Record<string, string>> } {
  if (error instanceof HttpError) return { status: error.status, message: error.publicMessage, headers: error.headers };
  const parserError = (error ?? {}) as BodyParserError & { code?: unknown };
  // csrf-csrf's refusal: a change sent with a session but without its form token.
  if (parserError.code === 'csrf')
    return { status: 403, message: 'The form token is missing or expired.', headers: {} };
  if (parserError.type === 'entity.too.large')
    return { status: 413, message: 'The request body is too large.', headers: {} };
  if (parserError.type === 'entity.parse.failed' || parserError.type?.startsWith('encoding.')) {
    return { status: 400, message: 'The request body is not valid JSON.', headers: {} };
  }
  if (typeof parserError.status === 'number' && parserError.status >= 400 && parserError.status < 500) {
    return { status: parserError.status, message: 'The request could not be read.', headers: {} };
  }
  return { status: 500, message: 'Something went wrong.', headers: {} };
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const { status, message, headers } = describe(error);
    if (status >= 500)
      logger.error({ route: req.route?.path ?? 'unmatched', err: { name: (error as Error)?.name } }, 'request failed');
    if (res.headersSent) return;
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.status(status).json(errorBody(message));
  };
}
