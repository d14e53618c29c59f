import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TeamsManifestLatest } from '@microsoft/app-manifest';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { APP_PACKAGE_DIR, buildAppPackage } from '../../scripts/teams/appPackage';
import { drawAppIcons } from '../../scripts/teams/generateIcons';
import { renderIcon } from '../../scripts/teams/iconArt';
import { runTeamsPackage } from '../../scripts/teamsPackage';
import { brokenLocalizationCases } from './brokenLocalizationCases';
import { brokenManifestCases } from './brokenManifestCases';
import { manifestsByLanguage } from './localizedManifests';

const APP_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const SAMPLE_QUESTIONS: Record<string, string[]> = {
  'en-us': ['How to certify family on Alipay?', 'Functions of social security', 'What does Article 64 say?'],
  'zh-cn': ['怎么在支付宝上帮家人做社保认证？', '社会保障有哪三个功能？', '社会保险法第六十四条是怎么规定的？'],
};

let workDir: string;
beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'teams-package-'));
});
afterEach(() => rmSync(workDir, { recursive: true, force: true }));

function unzip(file: string): Record<string, Uint8Array> {
  return unzipSync(readFileSync(file));
}

function jsonOf(files: Record<string, Uint8Array>, name: string): unknown {
  return JSON.parse(Buffer.from(files[name]).toString('utf8'));
}

function manifestOf(files: Record<string, Uint8Array>): TeamsManifestLatest {
  return jsonOf(files, 'manifest.json') as TeamsManifestLatest;
}

function packageWithAppId(appId: string): string {
  const outFile = join(workDir, 'appPackage.zip');
  runTeamsPackage(['--app-id', appId, '--out', outFile], {}, workDir);
  return outFile;
}

type JsonObject = Record<string | number, unknown>;

/** A copy of the committed template (manifest and icons) that a test may break. */
function copyTemplate(): string {
  const templateDir = join(workDir, 'template');
  cpSync(APP_PACKAGE_DIR, templateDir, { recursive: true });
  return templateDir;
}

/** A template copy with one manifest field set, following `path`; `undefined` removes the field. */
function templateWith(path: ReadonlyArray<string | number>, value: unknown): string {
  const templateDir = copyTemplate();
  const manifestPath = join(templateDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as JsonObject;
  const parent = path.slice(0, -1).reduce((node, key) => node[key] as JsonObject, manifest);
  const field = path[path.length - 1];
  if (value === undefined) delete parent[field];
  else parent[field] = value;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return templateDir;
}

function buildFrom(templateDir: string): () => void {
  return () => buildAppPackage({ templateDir, outFile: join(workDir, 'broken.zip'), microsoftAppId: APP_ID });
}

describe('the Teams app package', () => {
  it('holds manifest.json, both icons and the Chinese localization file at the zip root', () => {
    expect(Object.keys(unzip(packageWithAppId(APP_ID))).sort()).toEqual(['color.png', 'manifest.json', 'outline.png', 'zh-cn.json']);
  });

  it('uses the app id as both the Teams app id and the bot id, leaving no placeholder behind', () => {
    const files = unzip(packageWithAppId(APP_ID));
    const manifest = manifestOf(files);
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots?.map((bot) => bot.botId)).toEqual([APP_ID]);
    expect(Buffer.from(files['manifest.json']).toString('utf8')).not.toContain('${{');
  });

  it('offers the bot in personal chat, teams and group chats', () => {
    const [bot] = manifestOf(unzip(packageWithAppId(APP_ID))).bots ?? [];
    expect([...(bot?.scopes ?? [])].sort()).toEqual(['groupChat', 'personal', 'team']);
  });

  it('is in English (en-us) by default and in Simplified Chinese (zh-cn) for Teams clients in Chinese', () => {
    const files = unzip(packageWithAppId(APP_ID));
    expect(manifestsByLanguage((file) => jsonOf(files, file)).map(({ languageTag }) => languageTag)).toEqual(['en-us', 'zh-cn']);
  });

  it.each(['personal', 'team', 'groupChat'])('suggests the sample questions in the %s scope, in each language', (scope) => {
    const files = unzip(packageWithAppId(APP_ID));
    for (const { languageTag, manifest } of manifestsByLanguage((file) => jsonOf(files, file))) {
      const titles = (manifest.bots?.[0]?.commandLists ?? [])
        .filter((list) => (list.scopes as string[]).includes(scope))
        .flatMap((list) => list.commands.map((command) => command.title));
      expect({ languageTag, titles }).toEqual({ languageTag, titles: expect.arrayContaining(SAMPLE_QUESTIONS[languageTag]) });
    }
  });

  it('names and describes the app in English, saying it also answers in Chinese, and in Chinese for zh-cn', () => {
    const files = unzip(packageWithAppId(APP_ID));
    const [english, chinese] = manifestsByLanguage((file) => jsonOf(files, file)).map(({ manifest }) => manifest);
    expect(english.name.short).toBe('Social Security Assistant');
    expect(english.description.full).toMatch(/Simplified Chinese/);
    expect(chinese.name.short).toBe('社保助手');
    expect(chinese.description.full).toMatch(/简体中文或英文/);
  });

  it('ships a 192x192 colour icon and a 32x32 outline that is white on transparent', () => {
    const files = unzip(packageWithAppId(APP_ID));
    const color = PNG.sync.read(Buffer.from(files['color.png']));
    const outline = PNG.sync.read(Buffer.from(files['outline.png']));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const outlinePixels = Array.from({ length: outline.width * outline.height }, (_, i) =>
      outline.data.subarray(i * 4, i * 4 + 4),
    );
    expect(outlinePixels.filter(([r, g, b, a]) => a > 0 && (r !== 255 || g !== 255 || b !== 255))).toHaveLength(0);
    expect(outlinePixels.some(([, , , a]) => a === 0)).toBe(true);
    expect(outlinePixels.some(([, , , a]) => a === 255)).toBe(true);
  });

  it('commits the icons the icon script draws', () => {
    for (const [name, bytes] of drawAppIcons(APP_PACKAGE_DIR)) {
      const committed = PNG.sync.read(readFileSync(join(APP_PACKAGE_DIR, name)));
      expect(Buffer.compare(committed.data, PNG.sync.read(bytes).data)).toBe(0);
    }
  });
});

describe('the Microsoft App ID', () => {
  it('is read from the environment before .env', () => {
    writeFileSync(join(workDir, '.env'), 'MicrosoftAppId=00000000-0000-0000-0000-000000000001\n');
    const outFile = join(workDir, 'fromEnv.zip');
    runTeamsPackage(['--out', outFile], { MicrosoftAppId: APP_ID }, workDir);
    expect(manifestOf(unzip(outFile)).id).toBe(APP_ID);
  });

  it('is read from .env in the working directory when the environment has none', () => {
    writeFileSync(join(workDir, '.env'), `MicrosoftAppPassword=secret\nMicrosoftAppId=${APP_ID}\n`);
    const outFile = join(workDir, 'fromDotEnv.zip');
    runTeamsPackage(['--out', outFile], { MicrosoftAppId: '' }, workDir);
    expect(manifestOf(unzip(outFile)).id).toBe(APP_ID);
  });

  it('must be a GUID, and the error names MicrosoftAppId', () => {
    expect(() => packageWithAppId('my-bot')).toThrow(
      'MicrosoftAppId from the --app-id flag is "my-bot", which is not a GUID',
    );
    expect(existsSync(join(workDir, 'appPackage.zip'))).toBe(false);
  });

  it('must be set, and the error says how to get one', () => {
    expect(() => runTeamsPackage(['--out', join(workDir, 'none.zip')], {}, workDir)).toThrow(
      /MicrosoftAppId is not set\. Register the bot .*--app-id <GUID>/,
    );
  });
});

describe('npm run teams:package on the command line', () => {
  it('exits non-zero and prints the reason when the app id is not a GUID', () => {
    const script = resolve(__dirname, '../../scripts/teamsPackage.ts');
    const run = spawnSync(
      process.execPath,
      ['-r', require.resolve('ts-node/register/transpile-only'), script, '--app-id', 'not-a-guid', '--out', 'x.zip'],
      {
        cwd: workDir,
        env: { PATH: process.env.PATH, TS_NODE_PROJECT: resolve(__dirname, '../../tsconfig.json') },
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('MicrosoftAppId from the --app-id flag is "not-a-guid", which is not a GUID');
    expect(existsSync(join(workDir, 'x.zip'))).toBe(false);
  });
});

describe('a manifest that breaks the Teams schema', () => {
  it.each(brokenManifestCases)('is refused: $why', ({ path, value, expected }) => {
    expect(buildFrom(templateWith(path, value))).toThrow(expected);
    expect(existsSync(join(workDir, 'broken.zip'))).toBe(false);
  });

  it('is refused when it uses a placeholder the packager does not fill', () => {
    expect(buildFrom(templateWith(['validDomains'], ['${{BotDomain}}']))).toThrow(
      'placeholder ${{BotDomain}} has no value (the packager fills: MicrosoftAppId)',
    );
  });
});

describe('a Chinese localization file that breaks the Teams rules', () => {
  /** A template copy with one key of zh-cn.json set; `undefined` removes it. */
  function templateWithLocalization(key: string, value: unknown): string {
    const templateDir = copyTemplate();
    const localizationPath = join(templateDir, 'zh-cn.json');
    const localization = JSON.parse(readFileSync(localizationPath, 'utf8')) as Record<string, unknown>;
    if (value === undefined) delete localization[key];
    else localization[key] = value;
    writeFileSync(localizationPath, JSON.stringify(localization, null, 2));
    return templateDir;
  }

  it.each(brokenLocalizationCases)('is refused, naming the file: $why', ({ key, value, expected }) => {
    const templateDir = templateWithLocalization(key, value);
    expect(buildFrom(templateDir)).toThrow(`Cannot build the Teams app package: ${join(templateDir, 'zh-cn.json')}`);
    expect(buildFrom(templateDir)).toThrow(expected);
    expect(existsSync(join(workDir, 'broken.zip'))).toBe(false);
  });

  it('is refused when it is missing', () => {
    const templateDir = copyTemplate();
    rmSync(join(templateDir, 'zh-cn.json'));
    expect(buildFrom(templateDir)).toThrow(
      'the zh-cn localization file does not exist (named by localizationInfo.additionalLanguages in manifest.json)',
    );
  });

  it('is refused when it is not JSON', () => {
    const templateDir = copyTemplate();
    writeFileSync(join(templateDir, 'zh-cn.json'), '{ "name.short": "社保助手", }');
    expect(buildFrom(templateDir)).toThrow('not valid JSON');
  });
});

describe('icons that break the Teams rules', () => {
  it('refuses an outline icon of the wrong size', () => {
    const templateDir = copyTemplate();
    cpSync(join(templateDir, 'color.png'), join(templateDir, 'outline.png'));
    expect(buildFrom(templateDir)).toThrow('outline icon is 192x192 pixels; Teams needs 32x32');
  });

  it('refuses an outline icon that is not white on transparent', () => {
    const templateDir = copyTemplate();
    writeFileSync(join(templateDir, 'outline.png'), renderIcon(32, [15, 123, 108]));
    expect(buildFrom(templateDir)).toThrow(
      'outline icon pixel (0, 0) is rgba(15, 123, 108, 255): neither white nor fully transparent',
    );
    expect(buildFrom(templateDir)).toThrow('outline icon lacks a transparent background');
  });

  it('refuses a colour icon that is missing', () => {
    const templateDir = copyTemplate();
    rmSync(join(templateDir, 'color.png'));
    expect(buildFrom(templateDir)).toThrow(
      `color icon ${join(templateDir, 'color.png')} does not exist (named by icons.color in manifest.json)`,
    );
  });
});
