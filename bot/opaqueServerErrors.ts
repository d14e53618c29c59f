import type { Response } from 'restify';

const SERVER_ERROR_BODY = { code: 'InternalError', message: 'The bot could not process this request.' };

/**
 * CloudAdapter answers an error that escapes a turn (an auth check that cannot reach the signing keys, say) with 500
 * and the error's own message as the body: host names, library internals. Callers get the status and a plain body;
 * the detail stays in the log (`onServerError`).
 */
export function withOpaqueServerErrors(res: Response, onServerError: (detail: unknown) => void): Response {
  return new Proxy(res, {
    get(target, property) {
      if (property === 'send') {
        return (body?: unknown) => {
          if (target.statusCode < 500) return target.send(body);
          onServerError(body);
          return target.send(SERVER_ERROR_BODY);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
