// One HTTP error type and one handler: clear status codes, no internals and nobody's words in the response.
import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logging.js';

export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly publicMessage: string,
  ) {
    super(publicMessage);
  }
}

interface BodyParserError {
  type?: string;
  status?: number;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const parserError = error as BodyParserError;
    let status = 500;
    let message = 'Something went wrong.';
    if (error instanceof HttpError) {
      status = error.status;
      message = error.publicMessage;
    } else if (parserError.type === 'entity.too.large') {
      status = 413;
      message = 'The request body is too large.';
    } else if (parserError.type === 'entity.parse.failed' || parserError.type?.startsWith('encoding.')) {
      status = 400;
      message = 'The request body is not valid JSON.';
    } else if (typeof parserError.status === 'number' && parserError.status >= 400 && parserError.status < 500) {
      status = parserError.status;
      message = 'The request could not be read.';
    }
    if (status >= 500) logger.error({ path: req.path, err: { name: (error as Error).name } }, 'request failed');
    if (!res.headersSent) res.status(status).json({ error: message });
  };
}
