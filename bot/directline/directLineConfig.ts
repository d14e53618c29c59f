import { z } from 'zod';

export const AZURE_DIRECT_LINE_DOMAIN = 'https://directline.botframework.com/v3/directline';

const ORIGIN_RULE = 'an origin such as https://example.com (scheme, host and optional port, no path) or *';

/** The origin a browser would send ("https://example.com:8443"), or null when the text has a path, a query or another scheme. */
function asOrigin(text: string): string | null {
  try {
    const url = new URL(text);
    const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    return bare && /^https?:$/.test(url.protocol) ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The web chat's keys, spread into bot/config.ts's schema. The output keeps the variable names so the host can hand
 * its whole config to mountDirectLine.
 */
export const directLineConfigShape = {
  /**
   * Azure Bot Service Direct Line secret. Set: the page gets tokens exchanged with Azure and talks to Azure's Direct
   * Line. Unset: the bot serves Direct Line 3.0 itself. The secret never leaves the server.
   */
  DIRECT_LINE_SECRET: z.string().trim().min(1).optional(),
  /** Signs the local Direct Line tokens. Unset: a random key per process (tokens die with a restart, or differ per instance). */
  DIRECT_LINE_TOKEN_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters (for example the output of `openssl rand -base64 48`)')
    .optional(),
  /** Where DIRECT_LINE_SECRET is exchanged for a token; regional or sovereign clouds use their own domain. */
  DIRECT_LINE_DOMAIN: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://directline.botframework.com/v3/directline' })
    .default(AZURE_DIRECT_LINE_DOMAIN)
    .transform((domain) => domain.replace(/\/+$/, '')),
  /** Other sites that may embed the chat (call the token and Direct Line routes from their pages). */
  WEBCHAT_ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((list, ctx) => {
      const entries = list
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean);
      const origins = entries.map((entry) => (entry === '*' ? entry : asOrigin(entry)));
      const invalid = entries.filter((_, index) => origins[index] === null);
      if (invalid.length) ctx.addIssue({ code: 'custom', message: `"${invalid.join('", "')}": each entry must be ${ORIGIN_RULE}` });
      return origins.filter((origin): origin is string => origin !== null);
    }),
};

export const directLineConfigSchema = z.object(directLineConfigShape);

export type DirectLineConfig = z.infer<typeof directLineConfigSchema>;
