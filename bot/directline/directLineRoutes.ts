import restify, { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import { z } from 'zod';
import { withTextCut } from '../guards/messageEndpointGuards';
import { startConversationSchema, userActivitySchema } from './activitySchemas';
import { DIRECT_LINE_PATH, streamUrl } from './addresses';
import { bearerToken, ConversationAccess, parseWatermark } from './conversationAccess';
import type { ActivityJson, Conversation } from './conversationStore';
import type { CorsPolicy } from './cors';
import { answering, DirectLineError } from './directLineError';
import type { TokenClaims } from './directLineToken';
import type { DeliverToBot } from './loopbackConnector';

/** How the bot appears in the conversation (the recipient of the user's activities, the sender of its replies). */
export const BOT_ACCOUNT = { id: 'social-security-assistant', name: 'Social Security Assistant', role: 'bot' };

export const WEBCHAT_CHANNEL_ID = 'webchat';

// A Web Chat activity is well under 2 KB, but a pasted letter is read too (its text then cut): at 64 KB one of 22,000
// Chinese characters failed to send. The activity kept is checked after the cut, since a global bodyParser of the host
// may have read the body with a larger limit: every kept activity costs memory until its conversation ends.
const MAX_BODY_BYTES = 256 * 1024;
const MAX_ACTIVITY_BYTES = 8 * 1024;

export interface DirectLineRouteDependencies {
  access: ConversationAccess;
  deliver: DeliverToBot;
  /** The serviceUrl the bot replies to (the connector routes over loopback). */
  serviceUrl: () => string;
  cors: CorsPolicy;
  logger: Logger;
}

/** `issues` said the way a client developer reads them: field and problem. */
function badArgument(issues: readonly z.core.$ZodIssue[]): DirectLineError {
  const problems = issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
  return new DirectLineError(400, 'BadArgument', problems.join('; '));
}

/** The Direct Line 3.0 REST API that Web Chat (Direct Line JS) calls. */
export function mountDirectLineRoutes(server: Server, { access, deliver, serviceUrl, cors, logger }: DirectLineRouteDependencies): void {
  const { tokens, conversations } = access;
  // Per route, whatever the host mounts globally: without queryParser restify leaves req.query a function and the
  // watermark would be ignored. restify does not parse a body twice, so a global bodyParser does no harm.
  const parsers = [restify.plugins.queryParser(), restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES })];
  cors.mountPreflight(server, `${DIRECT_LINE_PATH}/*`);
  const route = (method: 'get' | 'post', path: string, handle: (req: Request, res: Response) => Promise<void> | void) => {
    server[method](`${DIRECT_LINE_PATH}${path}`, cors.headers, ...parsers, async (req: Request, res: Response) => {
      res.header('Cache-Control', 'no-store');
      await answering(res, () => handle(req, res));
    });
  };

  /** The fields the channel owns; a client cannot set them. */
  const channelFields = (conversation: Conversation) => ({
    channelId: WEBCHAT_CHANNEL_ID,
    conversation: { id: conversation.id },
    recipient: BOT_ACCOUNT,
  });
  // The serviceUrl goes to the bot only: it is this server's loopback address, nothing for the browser.
  const toBot = (activity: ActivityJson) => deliver({ ...activity, serviceUrl: serviceUrl() });

  /** What starting and reconnecting answer: a fresh token and where to stream from. */
  const session = (req: Request, claims: TokenClaims, watermark: number) => {
    const renewed = tokens.renew(claims);
    return { ...renewed, streamUrl: streamUrl(req, renewed.conversationId, renewed.token, watermark) };
  };

  /** Tells the bot the user joined, so the welcome is there before the user types. */
  const announceUser = async (conversation: Conversation) => {
    const user = { id: conversation.userId, role: 'user' };
    try {
      const { locale } = conversation;
      await toBot({ type: 'conversationUpdate', ...channelFields(conversation), from: user, membersAdded: [user], locale });
    } catch (error) {
      // The conversation still works: the user can type, only the welcome is missing.
      logger.error({ err: error, conversationId: conversation.id }, 'the bot failed on the conversation start');
    }
  };

  route('post', '/tokens/generate', (_req, res) => {
    res.send(200, tokens.forNewConversation());
  });

  route('post', '/tokens/refresh', (req, res) => {
    const claims = tokens.verify(bearerToken(req));
    conversations.find(claims.conv); // a page that refreshes its token is still open: keep its conversation
    res.send(200, tokens.renew(claims));
  });

  route('post', '/conversations', async (req, res) => {
    const claims = tokens.verify(bearerToken(req));
    const body = startConversationSchema.safeParse(req.body ?? {});
    if (!body.success) throw badArgument(body.error.issues);
    const { conversation, created } = conversations.open(claims.conv, claims.user, body.data.locale);
    if (created) await announceUser(conversation);
    res.send(created ? 201 : 200, session(req, claims, 0));
  });

  route('get', '/conversations/:conversationId', (req, res) => {
    const { claims } = access.open(bearerToken(req), req.params.conversationId);
    res.send(200, session(req, claims, parseWatermark(req.query?.watermark)));
  });

  route('get', '/conversations/:conversationId/activities', (req, res) => {
    const { conversation } = access.open(bearerToken(req), req.params.conversationId);
    res.send(200, conversation.after(parseWatermark(req.query?.watermark)));
  });

  route('post', '/conversations/:conversationId/activities', async (req, res) => {
    const { conversation } = access.open(bearerToken(req), req.params.conversationId);
    const body = userActivitySchema.safeParse(req.body);
    if (!body.success) throw badArgument(body.error.issues);
    // A pasted letter was refused with a 400 that Web Chat shows as "Send failed": cut, it gets the bot's answer that
    // it reads only the start of a message.
    const activity = withTextCut(body.data);
    if (Buffer.byteLength(JSON.stringify(activity)) > MAX_ACTIVITY_BYTES) {
      throw new DirectLineError(400, 'BadArgument', `the activity is larger than ${MAX_ACTIVITY_BYTES} bytes`);
    }
    const { from, ...fields } = activity;
    const stored = conversation.append({
      ...fields,
      ...channelFields(conversation),
      locale: fields.locale ?? conversation.locale,
      from: { id: conversation.userId, name: from?.name, role: 'user' },
    });
    try {
      await toBot(stored);
    } catch (error) {
      logger.error({ err: error, conversationId: conversation.id }, 'the bot failed on a web chat activity');
      throw new DirectLineError(502, 'BotError', 'the bot could not process the activity');
    }
    res.send(200, { id: stored.id });
  });
}
