/** Values an operator might write, and the words the error must contain to tell them what to fix. */
export const invalidConfigCases: Array<{ env: Record<string, string>; variable: string; says: string }> = [
  { env: { WEBCHAT_ALLOWED_ORIGINS: 'https://ok.example.com, example.com' }, variable: 'WEBCHAT_ALLOWED_ORIGINS', says: '"example.com"' },
  { env: { WEBCHAT_ALLOWED_ORIGINS: 'https://site.example.com/chat' }, variable: 'WEBCHAT_ALLOWED_ORIGINS', says: 'no path' },
  { env: { WEBCHAT_ALLOWED_ORIGINS: 'ftp://files.example.com' }, variable: 'WEBCHAT_ALLOWED_ORIGINS', says: 'https://example.com' },
  { env: { DIRECT_LINE_TOKEN_SECRET: 'too-short' }, variable: 'DIRECT_LINE_TOKEN_SECRET', says: 'at least 32 characters' },
  { env: { DIRECT_LINE_DOMAIN: 'directline.botframework.com' }, variable: 'DIRECT_LINE_DOMAIN', says: 'http(s) URL' },
];
