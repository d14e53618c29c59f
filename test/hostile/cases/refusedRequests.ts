/**
 * Requests POST /api/messages must refuse before they reach the bot, with the status and the JSON error code.
 * `body` gets a valid activity (its serviceUrl pointing at the test's fake connector) to spoil.
 */
export interface RefusedRequest {
  name: string;
  body(validActivity: Record<string, unknown>): string | Uint8Array;
  headers?: Record<string, string>;
  status: number;
  code: string;
}

const json = { 'content-type': 'application/json' };
const withField = (activity: Record<string, unknown>, field: string, value: unknown) => JSON.stringify({ ...activity, [field]: value });
const without = (activity: Record<string, unknown>, field: string) => JSON.stringify({ ...activity, [field]: undefined });

export const MAX_BODY_BYTES = 256 * 1024;

export const REFUSED_REQUESTS: readonly RefusedRequest[] = [
  { name: 'malformed JSON', body: (a) => JSON.stringify(a).slice(0, -3), headers: json, status: 400, code: 'BadRequest' },
  { name: 'not JSON at all', body: () => 'hello bot', headers: json, status: 400, code: 'BadRequest' },
  { name: 'an empty body', body: () => '', headers: json, status: 400, code: 'BadRequest' },
  { name: 'JSON null', body: () => 'null', headers: json, status: 400, code: 'BadRequest' },
  { name: 'a JSON array', body: (a) => JSON.stringify([a]), headers: json, status: 400, code: 'BadRequest' },
  { name: 'a JSON string', body: () => '"message"', headers: json, status: 400, code: 'BadRequest' },
  { name: 'no type', body: (a) => without(a, 'type'), headers: json, status: 400, code: 'BadRequest' },
  { name: 'an empty type', body: (a) => withField(a, 'type', ''), headers: json, status: 400, code: 'BadRequest' },
  { name: 'a type that is not a string', body: (a) => withField(a, 'type', 42), headers: json, status: 400, code: 'BadRequest' },
  { name: 'no conversation', body: (a) => without(a, 'conversation'), headers: json, status: 400, code: 'BadRequest' },
  { name: 'a conversation without id', body: (a) => withField(a, 'conversation', { name: 'x' }), headers: json, status: 400, code: 'BadRequest' },
  { name: 'a conversation that is a string', body: (a) => withField(a, 'conversation', 'c1'), headers: json, status: 400, code: 'BadRequest' },
  { name: 'no serviceUrl', body: (a) => without(a, 'serviceUrl'), headers: json, status: 400, code: 'BadRequest' },
  { name: 'a serviceUrl that is no URL', body: (a) => withField(a, 'serviceUrl', 'not a url'), headers: json, status: 400, code: 'BadRequest' },
  { name: 'a javascript: serviceUrl', body: (a) => withField(a, 'serviceUrl', 'javascript:alert(1)'), headers: json, status: 400, code: 'BadRequest' },
  { name: 'no channelId', body: (a) => without(a, 'channelId'), headers: json, status: 400, code: 'BadRequest' },
  { name: 'no sender', body: (a) => without(a, 'from'), headers: json, status: 400, code: 'BadRequest' },
  { name: 'a sender without id', body: (a) => withField(a, 'from', { name: 'x' }), headers: json, status: 400, code: 'BadRequest' },
  { name: 'no recipient', body: (a) => without(a, 'recipient'), headers: json, status: 400, code: 'BadRequest' },
  { name: "a sender's name that is an object", body: (a) => withField(a, 'from', { id: 'u', name: {} }), headers: json, status: 400, code: 'BadRequest' },
  { name: 'membersAdded that is not a list', body: (a) => withField(a, 'membersAdded', 'user-1'), headers: json, status: 400, code: 'BadRequest' },
  { name: 'an entity without a type', body: (a) => withField(a, 'entities', [{ text: 'x' }]), headers: json, status: 400, code: 'BadRequest' },
  { name: 'a mention of nobody', body: (a) => withField(a, 'entities', [{ type: 'mention', text: '<at>x</at>' }]), headers: json, status: 400, code: 'BadRequest' },
  {
    name: 'a Teams activity without channelData',
    body: (a) => JSON.stringify({ ...a, channelId: 'msteams', type: 'conversationUpdate' }),
    headers: json,
    status: 400,
    code: 'BadRequest',
  },
  {
    name: 'JSON nested 100,000 levels deep',
    body: (a) => `${JSON.stringify(a).slice(0, -1)},"value":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    headers: json,
    status: 400,
    code: 'BadRequest',
  },
  { name: 'text that is not a string', body: (a) => withField(a, 'text', { evil: true }), headers: json, status: 400, code: 'BadRequest' },
  { name: 'a locale that is not a string', body: (a) => withField(a, 'locale', 7), headers: json, status: 400, code: 'BadRequest' },
  { name: 'a sender that is not an object', body: (a) => withField(a, 'from', 'user-1'), headers: json, status: 400, code: 'BadRequest' },
  { name: 'text/plain', body: (a) => JSON.stringify(a), headers: { 'content-type': 'text/plain' }, status: 415, code: 'UnsupportedMediaType' },
  { name: 'no content type', body: (a) => new TextEncoder().encode(JSON.stringify(a)), headers: {}, status: 415, code: 'UnsupportedMediaType' },
  {
    name: 'a form',
    body: () => 'type=message&text=hi',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    status: 415,
    code: 'UnsupportedMediaType',
  },
  {
    name: 'a multipart upload',
    body: () => '--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nhello\r\n--b--\r\n',
    headers: { 'content-type': 'multipart/form-data; boundary=b' },
    status: 415,
    code: 'UnsupportedMediaType',
  },
  { name: 'a gzipped body', body: (a) => JSON.stringify(a), headers: { ...json, 'content-encoding': 'gzip' }, status: 415, code: 'UnsupportedMediaType' },
  {
    name: `a body over ${MAX_BODY_BYTES} bytes`,
    body: (a) => withField(a, 'text', 'x'.repeat(MAX_BODY_BYTES)),
    headers: json,
    status: 413,
    code: 'PayloadTooLarge',
  },
  {
    name: 'a body over the limit in multi-byte characters',
    body: (a) => withField(a, 'text', '社'.repeat(MAX_BODY_BYTES / 3 + 10)),
    headers: json,
    status: 413,
    code: 'PayloadTooLarge',
  },
];
