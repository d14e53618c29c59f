import { ConfigError, parseConfig } from '../../bot/config';
import { invalidStateConfigCases, validStateConfigCases } from './cases/stateConfigCases';

describe('the state settings', () => {
  it('keep state in memory when nothing is set', () => {
    expect(parseConfig({}).STORAGE).toBe('memory');
  });

  it.each(validStateConfigCases)('accept $name', ({ env }) => {
    expect(parseConfig(env)).toMatchObject(env);
  });

  it.each(invalidStateConfigCases)('refuse $name, naming the variable and what is allowed', ({ env, message }) => {
    let error: unknown;
    try {
      parseConfig(env);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ConfigError);
    for (const part of message) expect((error as Error).message).toContain(part);
    expect((error as Error).message).not.toContain('do-not-print-me');
  });
});
