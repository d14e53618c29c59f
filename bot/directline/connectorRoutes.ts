import restify, { Request, Response, Server } from 'restify';
import { botActivitySchema } from './activitySchemas';
import { CONNECTOR_PATH } from './addresses';
import type { ConversationStore } from './conversationStore';
import { answering, DirectLineError } from './directLineError';
import type { LoopbackKey } from './loopbackConnector';

// Bot Framework caps an activity near this size; a card with many buttons stays well below it.
const MAX_BODY_BYTES = 256 * 1024;

/**
 * The Bot Connector API calls the bot makes to reply (sendToConversation, replyToActivity), at the serviceUrl the
 * web chat activities carry. Replies land in the conversation and go out to its stream.
 */
export function mountConnectorRoutes(server: Server, key: LoopbackKey, conversations: ConversationStore): void {
  const receiveReply = async (req: Request, res: Response): Promise<void> => {
    await answering(res, () => {
      if (!key.accepts(req.headers.authorization)) {
        throw new DirectLineError(401, 'Unauthorized', 'only this server\'s bot may post to the web chat connector');
      }
      const conversation = conversations.find(req.params.conversationId);
      if (!conversation) throw new DirectLineError(404, 'ConversationNotFound', 'the conversation has ended');
      const reply = botActivitySchema.safeParse(req.body);
      if (!reply.success) throw new DirectLineError(400, 'BadArgument', 'the body must be an activity with a type');
      // The serviceUrl is this server's loopback address: the browser has no use for it.
      const { serviceUrl: _loopback, ...activity } = reply.data;
      const { activityId } = req.params;
      const stored = conversation.append({ ...activity, conversation: { id: conversation.id }, replyToId: activity.replyToId ?? activityId });
      res.send(200, { id: stored.id });
    });
  };
  const parseBody = restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES });
  server.post(`${CONNECTOR_PATH}/v3/conversations/:conversationId/activities`, parseBody, receiveReply);
  server.post(`${CONNECTOR_PATH}/v3/conversations/:conversationId/activities/:activityId`, parseBody, receiveReply);
}
