import { AZURE_DIRECT_LINE_DOMAIN, directLineConfigSchema } from '../../bot/directline/directLineConfig';
import { invalidConfigCases } from './cases/configCases';

describe('web chat configuration', () => {
  test('nothing set: the local Direct Line, a random token key, same-origin only', () => {
    expect(directLineConfigSchema.parse({})).toEqual({
      DIRECT_LINE_DOMAIN: AZURE_DIRECT_LINE_DOMAIN,
      WEBCHAT_ALLOWED_ORIGINS: [],
    });
  });

  test('origins are read as a browser sends them, and a trailing slash on the domain is dropped', () => {
    const config = directLineConfigSchema.parse({
      WEBCHAT_ALLOWED_ORIGINS: ' https://A.example.com/ ,http://localhost:8080,, *',
      DIRECT_LINE_DOMAIN: 'https://europe.directline.botframework.com/v3/directline/',
    });

    expect(config.WEBCHAT_ALLOWED_ORIGINS).toEqual(['https://a.example.com', 'http://localhost:8080', '*']);
    expect(config.DIRECT_LINE_DOMAIN).toBe('https://europe.directline.botframework.com/v3/directline');
  });

  test.each(invalidConfigCases)('$variable: $env is refused, saying $says', ({ env, variable, says }) => {
    const result = directLineConfigSchema.safeParse(env);

    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: [variable], message: expect.stringContaining(says) })]);
  });
});
