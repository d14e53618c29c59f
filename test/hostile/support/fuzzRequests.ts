import { seededRandom } from '../../../knowledge/matcher/seededRandom';
import { HOSTILE_MESSAGES } from '../cases/hostileMessages';
import { SCHEMA_ACTIVITY_TYPES } from '../cases/activityTypes';

/** One generated HTTP request, with what kind of damage it carries (reported when it gets an unexpected answer). */
export interface FuzzRequest {
  kind: 'fields' | 'bytes' | 'headers' | 'nesting' | 'size' | 'route';
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Uint8Array;
}

/** The activity type a body claims, if it is a JSON object with one (an invoke may be answered 501). */
export function claimedActivityType(body: Uint8Array | undefined): string | undefined {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(body)) as { type?: unknown } | null;
    return typeof parsed?.type === 'string' ? parsed.type : undefined;
  } catch {
    return undefined;
  }
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const integer = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** Texts that have broken bots before, and plain questions so some mutated activities still reach the dialogs. */
const TEXTS: readonly string[] = [
  ...HOSTILE_MESSAGES.map((message) => message.activity.text ?? ''),
  'What are the three functions of social security?',
  '怎么在支付宝上帮家人做社保认证？',
  'next',
  '2',
  'stop',
  'None of these',
  '\uD83D',
  '%s%s%s%n',
  '../../etc/passwd',
  "'; DROP TABLE users; --",
  'constructor',
  '__proto__',
];

/** Loopback only: the bot must never be made to call out of the machine by a test. */
const unreachableServiceUrls = ['http://127.0.0.1:1', 'http://127.0.0.1:9/v3', 'https://127.0.0.1:1/'];

function randomString(random: Random): string {
  switch (integer(random, 0, 4)) {
    case 0:
      return pick(random, TEXTS);
    case 1:
      return String.fromCodePoint(...Array.from({ length: integer(random, 0, 40) }, () => integer(random, 0, 0x2ffff)).filter((c) => c < 0xd800 || c > 0xdfff));
    case 2:
      return 'x'.repeat(integer(random, 1000, 20_000));
    case 3:
      return '';
    default:
      return pick(random, ['message', 'invoke', 'emulator', 'msteams', 'zh-CN', 'en-US', 'null', '0', 'true', '{}', 'a:b|c']);
  }
}

function randomValue(random: Random, depth = 0): unknown {
  const kind = integer(random, 0, depth > 3 ? 5 : 8);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return random() < 0.5;
    case 2:
      return pick(random, [0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31]);
    case 3:
    case 4:
    case 5:
      return randomString(random);
    case 6:
      return Array.from({ length: integer(random, 0, 4) }, () => randomValue(random, depth + 1));
    case 7:
      return Object.fromEntries(Array.from({ length: integer(random, 0, 4) }, () => [randomKey(random), randomValue(random, depth + 1)]));
    default:
      return JSON.parse(`{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}`);
  }
}

const ACTIVITY_FIELDS = [
  'type', 'id', 'text', 'textFormat', 'locale', 'channelId', 'serviceUrl', 'conversation', 'from', 'recipient', 'entities',
  'attachments', 'value', 'name', 'channelData', 'membersAdded', 'membersRemoved', 'action', 'replyToId', 'timestamp',
  'localTimestamp', 'deliveryMode', 'suggestedActions', 'reactionsAdded', 'code', 'valueType', 'expiration', 'importance',
];

const randomKey = (random: Random) => (random() < 0.7 ? pick(random, ACTIVITY_FIELDS) : randomString(random).slice(0, 40));

/** Values that are the right shape in the wrong place: what a confused channel would send in a field. */
function plausibleField(random: Random, field: string, serviceUrl: string): unknown {
  switch (field) {
    case 'type':
      return random() < 0.8 ? pick(random, SCHEMA_ACTIVITY_TYPES) : randomString(random);
    case 'serviceUrl':
      return random() < 0.8 ? serviceUrl : pick(random, unreachableServiceUrls);
    case 'conversation':
      return { id: random() < 0.5 ? `fuzz-${integer(random, 0, 5)}` : randomString(random) || 'c', conversationType: pick(random, ['personal', 'channel', 'groupChat', randomString(random)]), tenantId: randomValue(random) };
    case 'from':
    case 'recipient':
      return { id: randomString(random), name: randomValue(random), role: pick(random, ['user', 'bot', randomString(random)]), aadObjectId: randomValue(random) };
    case 'entities':
      return Array.from({ length: integer(random, 0, 3) }, () => ({ type: pick(random, ['mention', 'clientInfo', randomString(random)]), mentioned: randomValue(random), text: randomValue(random) }));
    case 'membersAdded':
    case 'membersRemoved':
      return Array.from({ length: integer(random, 0, 3) }, () => (random() < 0.7 ? { id: randomString(random) } : randomValue(random)));
    case 'attachments':
      return Array.from({ length: integer(random, 0, 3) }, () => ({ contentType: randomString(random), content: randomValue(random), contentUrl: randomValue(random) }));
    case 'value':
      return random() < 0.3 ? { type: 'imBack', title: randomString(random), value: randomString(random) } : randomValue(random);
    case 'deliveryMode':
      return pick(random, ['expectReplies', 'normal', 'notification', randomString(random)]);
    default:
      return randomValue(random);
  }
}

function validActivity(random: Random, serviceUrl: string): Record<string, unknown> {
  return {
    type: pick(random, SCHEMA_ACTIVITY_TYPES),
    id: `fuzz-activity-${integer(random, 0, 1e9)}`,
    channelId: pick(random, ['test', 'emulator', 'msteams', 'webchat', 'directline']),
    serviceUrl,
    conversation: { id: `fuzz-${integer(random, 0, 1e9)}` },
    from: { id: 'fuzz-user' },
    recipient: { id: 'fuzz-bot' },
    text: pick(random, TEXTS),
    locale: pick(random, ['en-US', 'zh-CN', undefined]),
  };
}

const encode = (text: string) => new TextEncoder().encode(text);
const JSON_HEADERS = { 'content-type': 'application/json' };

function mutatedFields(random: Random, serviceUrl: string): FuzzRequest {
  const activity = validActivity(random, serviceUrl);
  for (let i = integer(random, 1, 4); i > 0; i -= 1) {
    const field = randomKey(random);
    const roll = random();
    if (roll < 0.2) delete activity[field];
    else if (roll < 0.6) activity[field] = plausibleField(random, field, serviceUrl);
    else activity[field] = randomValue(random);
  }
  const body = JSON.stringify(activity);
  return { kind: 'fields', method: 'POST', path: '/api/messages', headers: JSON_HEADERS, body: encode(body) };
}

function mutatedBytes(random: Random, serviceUrl: string): FuzzRequest {
  const bytes = [...encode(JSON.stringify(validActivity(random, serviceUrl)))];
  for (let i = integer(random, 1, 6); i > 0; i -= 1) {
    const at = integer(random, 0, bytes.length - 1);
    const roll = random();
    if (roll < 0.3) bytes[at] = integer(random, 0, 255);
    else if (roll < 0.5) bytes.splice(at, integer(random, 1, 20));
    else if (roll < 0.7) bytes.splice(at, 0, ...Array.from({ length: integer(random, 1, 8) }, () => integer(random, 0, 255)));
    else if (roll < 0.85) bytes.splice(at, 0, ...encode(pick(random, ['{', '}', '[', ']', '"', '\\', ',', ':', 'null', '\\u0000', '\\ud800'])));
    else bytes.length = at;
  }
  return { kind: 'bytes', method: 'POST', path: '/api/messages', headers: JSON_HEADERS, body: Uint8Array.from(bytes) };
}

function mutatedHeaders(random: Random, serviceUrl: string): FuzzRequest {
  const body = encode(JSON.stringify(validActivity(random, serviceUrl)));
  const headers: Record<string, string> = {
    'content-type': pick(random, ['application/json', 'text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', '*/*', 'application/jsonx', ';;;', 'application/json, text/plain']),
  };
  if (random() < 0.3) headers['content-encoding'] = pick(random, ['gzip', 'deflate', 'br', 'identity', 'x-unknown']);
  if (random() < 0.3) headers.authorization = pick(random, ['Bearer x', 'Bearer ', 'Basic Zm9vOmJhcg==', 'garbage']);
  const method = random() < 0.8 ? 'POST' : pick(random, ['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']);
  const sendsBody = method !== 'GET' && method !== 'HEAD';
  return { kind: 'headers', method, path: '/api/messages', headers, body: sendsBody ? body : undefined };
}

function deeplyNested(random: Random, serviceUrl: string): FuzzRequest {
  const depth = integer(random, 100, 60_000);
  const activity = JSON.stringify({ ...validActivity(random, serviceUrl), type: 'message' });
  const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const field = pick(random, ['value', 'channelData', 'entities', 'attachments']);
  const body = `${activity.slice(0, -1)},"${field}":${nested}}`;
  return { kind: 'nesting', method: 'POST', path: '/api/messages', headers: JSON_HEADERS, body: encode(body) };
}

function sized(random: Random, serviceUrl: string): FuzzRequest {
  const activity = validActivity(random, serviceUrl);
  const size = pick(random, [1000, 100_000, 250_000, 262_144, 262_200, 400_000, 1_000_000]);
  const body = JSON.stringify({ ...activity, text: 'x'.repeat(size) });
  return { kind: 'size', method: 'POST', path: '/api/messages', headers: JSON_HEADERS, body: encode(body) };
}

/** Other routes of the same server, hit with the wrong methods and odd paths: a bad request there must not hurt either. */
function otherRoute(random: Random, serviceUrl: string): FuzzRequest {
  const path = pick(random, ['/healthz', '/', '/api/messages/', '/api/messages/x', '/api/messages?x=%zz', '/%00', '/..%2f..%2fetc%2fpasswd', '/api/directline/token', '/v3/directline/conversations', '/v3/directline/conversations/x/activities', '/healthz?' + 'a'.repeat(5000)]);
  const method = pick(random, ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS']);
  const body = method === 'GET' ? undefined : encode(JSON.stringify(validActivity(random, serviceUrl)));
  return { kind: 'route', method, path, headers: JSON_HEADERS, body };
}

const GENERATORS: ReadonlyArray<[weight: number, generate: (random: Random, serviceUrl: string) => FuzzRequest]> = [
  [45, mutatedFields],
  [25, mutatedBytes],
  [12, mutatedHeaders],
  [5, deeplyNested],
  [5, sized],
  [8, otherRoute],
];

/** `count` requests, the same ones for the same seed, whose activities reply to `serviceUrl` when they get that far. */
export function fuzzRequests(seed: number, count: number, serviceUrl: string): FuzzRequest[] {
  const random = seededRandom(seed);
  const total = GENERATORS.reduce((sum, [weight]) => sum + weight, 0);
  return Array.from({ length: count }, () => {
    let roll = random() * total;
    const [, generate] = GENERATORS.find(([weight]) => (roll -= weight) < 0) ?? GENERATORS[0];
    return generate(random, serviceUrl);
  });
}
