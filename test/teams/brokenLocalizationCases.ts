/** One edit to the zh-cn localization file that must stop packaging, and the words the error must contain. */
export interface BrokenLocalizationCase {
  readonly why: string;
  /** The key to set in zh-cn.json. */
  readonly key: string;
  /** The new value; `undefined` removes the key. */
  readonly value: unknown;
  readonly expected: string;
}

export const brokenLocalizationCases: readonly BrokenLocalizationCase[] = [
  {
    why: 'a key that names a command the manifest does not have',
    key: 'bots[0].commandLists[1].commands[7].title',
    value: '社保待遇资格认证在哪里',
    expected:
      'key "bots[0].commandLists[1].commands[7].title" translates nothing: manifest.json has no field ' +
      '"bots[0].commandLists[1].commands[7]"',
  },
  {
    why: 'a key that names a command list the manifest does not have',
    key: 'bots[0].commandLists[2].commands[0].description',
    value: '在支付宝上帮家人完成社保待遇资格认证的7个步骤',
    expected: 'manifest.json has no field "bots[0].commandLists[2]"',
  },
  {
    why: 'a key Teams does not localize',
    key: 'name.shorter',
    value: '社保',
    expected: 'field "name.shorter" is not allowed here',
  },
  {
    why: 'a required text removed',
    key: 'description.short',
    value: undefined,
    expected: 'field "description.short" is required but missing',
  },
  {
    why: 'a command title longer than Teams allows',
    key: 'bots[0].commandLists[0].commands[0].title',
    value: '我想知道怎么在支付宝上帮我家里的老人做社保待遇资格认证，要一步一步来',
    expected: 'field "bots[0].commandLists[0].commands[0].title": must be at most 32 characters (a Teams command title)',
  },
  {
    why: 'a text that is not a string',
    key: 'name.full',
    value: ['社保助手'],
    expected: 'field "name.full": Invalid input: expected string, received array',
  },
  {
    why: 'a schema of another manifest version',
    key: '$schema',
    value: 'https://developer.microsoft.com/json-schemas/teams/v1.29/MicrosoftTeams.Localization.schema.json',
    expected: 'which is not the localization schema of manifestVersion 1.30',
  },
];
