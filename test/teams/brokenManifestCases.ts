/** One edit to the manifest template that must stop packaging, and the words the error must contain. */
export interface BrokenManifestCase {
  readonly why: string;
  /** Where to edit, from the manifest's top level. */
  readonly path: ReadonlyArray<string | number>;
  /** The new value; `undefined` removes the field. */
  readonly value: unknown;
  readonly expected: string;
}

export const brokenManifestCases: readonly BrokenManifestCase[] = [
  {
    why: 'a short name longer than Teams allows',
    path: ['name', 'short'],
    value: 'Social Security Assistant for Families',
    expected: 'field "name.short" must NOT have more than 30 characters',
  },
  {
    why: 'a required developer URL removed',
    path: ['developer', 'privacyUrl'],
    value: undefined,
    expected: 'field "developer.privacyUrl" is required but missing',
  },
  {
    why: 'a bot scope Teams does not know',
    path: ['bots', 0, 'scopes', 1],
    value: 'channel',
    expected: 'field "bots[0].scopes[1]" must be equal to one of the allowed values',
  },
  {
    why: 'a field the schema does not define',
    path: ['botName'],
    value: 'Social Security Assistant',
    expected: 'field "botName" is not allowed here',
  },
  {
    why: 'an accent colour that is not a hex code',
    path: ['accentColor'],
    value: 'teal',
    expected: 'field "accentColor" must match pattern',
  },
  {
    why: 'a command list with a scope that is not a list',
    path: ['bots', 0, 'commandLists', 0, 'scopes'],
    value: 'personal',
    expected: 'field "bots[0].commandLists[0].scopes" must be array',
  },
  {
    why: 'a manifest version with no published schema',
    path: ['manifestVersion'],
    value: '0.9',
    expected: 'field "manifestVersion" is "0.9", for which @microsoft/app-manifest has no schema',
  },
  {
    why: 'an icon kind the packager has no size rule for',
    path: ['icons', 'color32x32'],
    value: 'color32x32.png',
    expected: 'color32x32',
  },
  {
    why: 'a command title longer than Teams allows',
    path: ['bots', 0, 'commandLists', 0, 'commands', 0, 'title'],
    value: 'How do I certify a family member in Alipay?',
    expected: 'field "bots[0].commandLists[0].commands[0].title": must be at most 32 characters (a Teams command title)',
  },
  {
    why: 'a localization file in a folder, which the package (flat, next to manifest.json) cannot hold',
    path: ['localizationInfo', 'additionalLanguages', 0, 'file'],
    value: 'locales/zh-cn.json',
    expected: 'field "localizationInfo.additionalLanguages[0].file": must be the name of a .json file next to manifest.json',
  },
];
