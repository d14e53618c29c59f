import { parseConfig } from '../../bot/config';
import { expectConfigRefused } from '../support/configRefusal';
import { invalidStateConfigCases, validStateConfigCases } from './cases/stateConfigCases';

describe('the state settings', () => {
  it('keep state in memory when nothing is set', () => {
    expect(parseConfig({}).STORAGE).toBe('memory');
  });

  it.each(validStateConfigCases)('accept $name', ({ env }) => {
    expect(parseConfig(env)).toMatchObject(env);
  });

  it.each(invalidStateConfigCases)('refuse $name, naming the variable and what is allowed', ({ env, message }) => {
    expectConfigRefused(env, message);
  });
});
