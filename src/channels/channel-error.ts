// Errors the channel routes answer with (status + plain message), rendered like the server's own errors.
import type { ErrorRequestHandler } from 'express';

export class ChannelError extends Error {
  override name = 'ChannelError';
  constructor(
    readonly status: number,
    readonly publicMessage: string,
  ) {
    super(publicMessage);
  }
}

/** Answers ChannelErrors as `{ error }`; anything else goes on to the server's one error handler. */
export const channelErrorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  if (!(error instanceof ChannelError) || res.headersSent) {
    next(error);
    return;
  }
  res.status(error.status).json({ error: error.publicMessage });
};
