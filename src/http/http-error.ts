// The one HTTP error type: a status and a message safe to show anyone (no internals, nobody's words).

export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly publicMessage: string,
    /** Extra response headers, e.g. `Retry-After` or `WWW-Authenticate`. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(publicMessage);
  }
}

/** The one JSON error shape every route answers with. */
export interface ErrorBody {
  error: string;
}

export const errorBody = (message: string): ErrorBody => ({ error: message });
