import type { IncomingMessage } from 'node:http';
import type { Next, Request, RequestHandler, Response } from 'restify';
import type { InFlightTurns } from '../inFlightTurns';
import type { GuardConfig } from './guardConfig';
import { activityProblems, jsonDepth, MAX_JSON_DEPTH } from './minimalActivity';

export interface MessageEndpointGuardDependencies {
  config: Pick<GuardConfig, 'MAX_BODY_BYTES' | 'MAX_TURNS_IN_FLIGHT'>;
  turns: InFlightTurns;
}

/** A turn takes well under a second, so by then the bot has room again. */
export const RETRY_AFTER_SECONDS = 1;

/** application/json, or a +json type (application/vnd.example+json); parameters such as charset may follow. */
const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json$/i;

function refuse(res: Response, next: Next, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(headers)) res.header(name, value);
  res.send(status, { code, message });
  next(false);
}

/**
 * Text the bot reads at most (the local Direct Line cuts longer messages too). No question is this long, and the rest
 * of a message as large as MAX_BODY_BYTES would cost 300 ms of language detection, matching and quoting.
 */
export const MAX_TEXT_LENGTH = 2000;

/** The activity with its text cut to MAX_TEXT_LENGTH (without leaving half a surrogate pair). */
export function withTextCut<T extends { text?: string }>(activity: T): T {
  if (activity.text === undefined || activity.text.length <= MAX_TEXT_LENGTH) return activity;
  return { ...activity, text: activity.text.slice(0, MAX_TEXT_LENGTH).replace(/[\uD800-\uDBFF]$/, '') };
}

/**
 * A body too large is still read to its end, and thrown away, when it is at most this many times the limit. A client
 * that is still uploading when the 413 is sent and the connection closed loses the answer to a reset ("write EPIPE"),
 * so a slightly oversized message gets a clear refusal. Anything larger is cut off at once.
 */
const DISCARDED_BODY_FACTOR = 8;

type BodyRead = { kind: 'read'; body: Buffer } | { kind: 'tooLarge' } | { kind: 'aborted' };

/**
 * Reads the body up to maxBytes. Past that it keeps no more, but goes on counting to the end, or stops reading as soon
 * as the body passes maxDiscardedBytes.
 */
function readBody(req: IncomingMessage, maxBytes: number, maxDiscardedBytes: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyRead) => {
      req.off('data', onData).off('end', onEnd).off('close', onClose).off('error', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      if (size <= maxDiscardedBytes) return;
      req.pause();
      finish({ kind: 'tooLarge' });
    };
    const onEnd = () => finish(size > maxBytes ? { kind: 'tooLarge' } : { kind: 'read', body: Buffer.concat(chunks) });
    const onClose = () => finish({ kind: 'aborted' });
    req.on('data', onData).once('end', onEnd).once('close', onClose).once('error', onClose);
  });
}

/**
 * The checks POST /api/messages runs before a request becomes a turn, cheapest first. Each refusal answers with a
 * JSON `{ code, message }` and the request never reaches the adapter. Refused: too many turns in flight (503 with
 * Retry-After), a body that is not JSON (415), compressed (415) or too large (413), malformed or too deeply nested
 * JSON (400), and JSON that is not an activity with a type, a conversation and a serviceUrl (400). An accepted body
 * is left in req.body, its text cut to MAX_TEXT_LENGTH.
 */
export function messageEndpointGuards({ config, turns }: MessageEndpointGuardDependencies): RequestHandler[] {
  const { MAX_BODY_BYTES: maxBytes, MAX_TURNS_IN_FLIGHT: maxTurns } = config;
  const maxDiscardedBytes = DISCARDED_BODY_FACTOR * maxBytes;
  const tooLarge = `the body must not be larger than ${maxBytes} bytes`;

  const refuseWhenBusy: RequestHandler = (_req, res, next) => {
    if (maxTurns > 0 && turns.count >= maxTurns) {
      const retryAfter = { 'Retry-After': String(RETRY_AFTER_SECONDS) };
      return refuse(res, next, 503, 'ServiceUnavailable', 'the bot is busy; retry later', retryAfter);
    }
    next();
  };

  const requireUncompressedJson: RequestHandler = (req, res, next) => {
    const mediaType = (req.headers['content-type'] ?? '').split(';')[0].trim();
    if (!JSON_MEDIA_TYPE.test(mediaType)) {
      return refuse(res, next, 415, 'UnsupportedMediaType', 'the body must be a Bot Framework activity as application/json');
    }
    const encoding = req.headers['content-encoding'];
    // Compressed bodies are refused rather than inflated: a small one can unpack to gigabytes, and channels do not send them.
    if (encoding !== undefined && encoding.toLowerCase() !== 'identity') {
      return refuse(res, next, 415, 'UnsupportedMediaType', `content encoding "${encoding}" is not supported; send the body uncompressed`);
    }
    // Closing the connection after a 413 saves reading the rest of a body that is huge.
    if (Number(req.headers['content-length']) > maxDiscardedBytes) return refuse(res, next, 413, 'PayloadTooLarge', tooLarge, { Connection: 'close' });
    next();
  };

  const readActivity: RequestHandler = (req: Request, res: Response, next: Next) => {
    void readBody(req, maxBytes, maxDiscardedBytes).then((read) => {
      if (read.kind === 'aborted') return next(false);
      if (read.kind === 'tooLarge') return refuse(res, next, 413, 'PayloadTooLarge', tooLarge, { Connection: 'close' });
      const json = read.body.toString('utf8');
      if (jsonDepth(json) > MAX_JSON_DEPTH) return refuse(res, next, 400, 'BadRequest', `the body nests deeper than ${MAX_JSON_DEPTH} levels`);
      let body: unknown;
      try {
        body = JSON.parse(json);
      } catch (error) {
        return refuse(res, next, 400, 'BadRequest', `the body is not valid JSON: ${(error as Error).message}`);
      }
      const problems = activityProblems(body);
      if (problems) return refuse(res, next, 400, 'BadRequest', `the body is not a Bot Framework activity: ${problems}`);
      req.body = withTextCut(body as { text?: string });
      next();
    });
  };

  return [refuseWhenBusy, requireUncompressedJson, readActivity];
}
