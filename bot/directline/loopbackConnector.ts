import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Activity, CloudAdapter, TurnContext } from 'botbuilder';
import {
  AuthenticateRequestResult,
  AuthenticationConstants,
  ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
} from 'botframework-connector';
import type { ActivityJson } from './conversationStore';

type ServiceClientCredentials = ConstructorParameters<typeof ConnectorClient>[0];

/**
 * The secret by which the connector routes know a reply comes from this process's bot. The bot's ConnectorClient
 * sends it as its bearer token; nobody else has it, so nobody else can post into a web chat conversation.
 */
export class LoopbackKey {
  private readonly value = randomBytes(32).toString('base64url');

  readonly credentials: ServiceClientCredentials = {
    signRequest: async (request) => {
      request.headers.set('Authorization', `Bearer ${this.value}`);
      return request;
    },
  };

  accepts(authorization: string | undefined): boolean {
    const given = Buffer.from(authorization ?? '');
    const expected = Buffer.from(`Bearer ${this.value}`);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}

/** Gives the bot ConnectorClients that reply to this process's connector routes with the loopback key. */
class LoopbackConnectorFactory extends ConnectorFactory {
  constructor(private readonly key: LoopbackKey) {
    super();
  }

  async create(serviceUrl: string): Promise<ConnectorClient> {
    return new ConnectorClient(this.key.credentials, { baseUri: serviceUrl });
  }
}

/** Runs one bot turn for an activity of the web chat; resolves when the turn (and every reply it sent) is done. */
export type DeliverToBot = (activity: ActivityJson) => Promise<void>;

export interface InProcessBot {
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  /** MicrosoftAppId, or '' without one: the adapter's user-token client only accepts the bot's own app id. */
  botAppId: string;
  key: LoopbackKey;
}

/**
 * Hands activities to the adapter directly, as already authenticated: the user was authenticated by the Direct Line
 * token, and a loopback HTTP call to /api/messages would need a Bot Framework JWT this server cannot mint once the
 * bot has an app id.
 */
export function deliverInProcess({ adapter, logic, botAppId, key }: InProcessBot): DeliverToBot {
  const authentication: AuthenticateRequestResult = {
    audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
    claimsIdentity: new ClaimsIdentity(
      [
        { type: AuthenticationConstants.AudienceClaim, value: botAppId },
        { type: AuthenticationConstants.AppIdClaim, value: botAppId },
      ],
      true,
    ),
    connectorFactory: new LoopbackConnectorFactory(key),
  };
  return (activity) => adapter.processActivityDirect(authentication, asReceivedOverHttp(activity), logic);
}

/**
 * The activity as CloudAdapter.process hands it to a bot from /api/messages, with its dates parsed. A copy, since the
 * adapter and the bot write into it (callerId, text) and the stored one stays as the user sent it.
 */
function asReceivedOverHttp(json: ActivityJson): Activity {
  const activity = structuredClone(json) as unknown as Activity;
  if (typeof json.timestamp === 'string') activity.timestamp = new Date(json.timestamp);
  if (typeof json.localTimestamp === 'string') activity.localTimestamp = new Date(json.localTimestamp);
  return activity;
}
