import { parse } from 'dotenv';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { configSchema, loadEnvFile, parseConfig } from '../../bot/config';
import { startBotProcess } from '../support/botProcess';
import { expectConfigRefused } from '../support/configRefusal';
import { invalidConfigCases } from './cases/invalidConfig';

const projectRoot = resolve(__dirname, '../..');

describe('parseConfig', () => {
  it('runs locally with no settings at all: port 3978, no authentication, knowledge from the project', () => {
    expect(parseConfig({})).toMatchObject({
      PORT: 3978,
      MicrosoftAppType: 'MultiTenant',
      LOG_LEVEL: 'info',
      KNOWLEDGE_DIR: join(projectRoot, 'knowledge/content'),
      SHUTDOWN_TIMEOUT_MS: 10_000,
    });
  });

  it('treats empty values as unset, as in a copied .env.example', () => {
    const config = parseConfig({ PORT: '', MicrosoftAppId: '', MicrosoftAppPassword: ' ', LOG_LEVEL: '' });
    expect(config).toMatchObject({ PORT: 3978, LOG_LEVEL: 'info' });
    expect(config.MicrosoftAppId).toBeUndefined();
  });

  it('resolves a relative KNOWLEDGE_DIR from the project root, not the working directory', () => {
    expect(parseConfig({ KNOWLEDGE_DIR: 'somewhere/else' }).KNOWLEDGE_DIR).toBe(join(projectRoot, 'somewhere/else'));
    expect(parseConfig({ KNOWLEDGE_DIR: '/srv/knowledge' }).KNOWLEDGE_DIR).toBe('/srv/knowledge');
  });

  it('accepts each complete set of Azure credentials', () => {
    const id = '6f1f7a4e-3b0a-4c59-9d4e-0a1b2c3d4e5f';
    expect(() => parseConfig({ MicrosoftAppId: id, MicrosoftAppPassword: 'pw' })).not.toThrow();
    expect(() =>
      parseConfig({ MicrosoftAppType: 'SingleTenant', MicrosoftAppId: id, MicrosoftAppPassword: 'pw', MicrosoftAppTenantId: 't' }),
    ).not.toThrow();
    expect(() => parseConfig({ MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppId: id, MicrosoftAppTenantId: 't' })).not.toThrow();
  });

  it.each(invalidConfigCases)('refuses $name, naming the variable and what is allowed', ({ env, message }) => {
    expectConfigRefused(env, message);
  });

  it('reports every bad variable at once', () => {
    expect(() => parseConfig({ MicrosoftAppType: 'SingleTenant', MicrosoftAppId: 'x' })).toThrow(
      /MicrosoftAppId[\s\S]*MicrosoftAppPassword[\s\S]*MicrosoftAppTenantId/,
    );
  });
});

describe('loadEnvFile', () => {
  const keys = ['SSA_TEST_FROM_FILE', 'SSA_TEST_ALREADY_SET'];
  afterEach(() => keys.forEach((key) => delete process.env[key]));

  it('adds the variables of the file without overriding those already set', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'env-')), '.env');
    writeFileSync(file, 'SSA_TEST_FROM_FILE=from-file\nSSA_TEST_ALREADY_SET=from-file\n');
    process.env.SSA_TEST_ALREADY_SET = 'from-environment';
    loadEnvFile(file);
    expect(process.env.SSA_TEST_FROM_FILE).toBe('from-file');
    expect(process.env.SSA_TEST_ALREADY_SET).toBe('from-environment');
  });

  it('is fine without a .env file', () => {
    expect(() => loadEnvFile(join(tmpdir(), 'no-such-dir', '.env'))).not.toThrow();
  });
});

describe('the bot process with a bad setting', () => {
  it('exits with code 1 and says which variable is wrong and what is allowed', async () => {
    const failure = startBotProcess({ env: { MicrosoftAppType: 'Bogus' } });
    // The message may reach the output as a JSON log line (quotes escaped), hence no quotes in the pattern.
    await expect(failure).rejects.toThrow(/"code":1[\s\S]*MicrosoftAppType[^\n]*Bogus[^\n]*MultiTenant \| SingleTenant \| UserAssignedMSI/);
  }, 120_000); // a child process under ts-node can take 20 s to start on a busy 2-core machine
});

describe('.env.example', () => {
  const example = parse(readFileSync(join(projectRoot, '.env.example'), 'utf8'));

  it('names every setting the bot reads, each under a comment', () => {
    const text = readFileSync(join(projectRoot, '.env.example'), 'utf8');
    for (const key of Object.keys(configSchema.shape)) {
      expect(Object.keys(example)).toContain(key);
      expect(text).toMatch(new RegExp(`#[^\\n]*\\n(#[^\\n]*\\n)*${key}=`));
    }
  });

  it('starts the bot as it is, copied to .env', () => {
    expect(() => parseConfig(example)).not.toThrow();
  });
});
