import type { Response } from 'restify';

/** A refused Direct Line request, answered the way Direct Line 3.0 answers: `{ error: { code, message } }`. */
export class DirectLineError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 502,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DirectLineError';
  }

  get body(): { error: { code: string; message: string } } {
    return { error: { code: this.code, message: this.message } };
  }
}

/**
 * Runs a route body and turns a DirectLineError into its answer. Anything else is rethrown for restify, which answers
 * 500 and lets the server log it.
 */
export async function answering(res: Response, handle: () => Promise<void> | void): Promise<void> {
  try {
    await handle();
  } catch (error) {
    if (!(error instanceof DirectLineError)) throw error;
    res.send(error.status, error.body);
  }
}
