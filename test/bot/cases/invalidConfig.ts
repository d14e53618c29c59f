/** Environments the bot must refuse to start with, and what the operator must read in the error. */
export const invalidConfigCases: Array<{ name: string; env: Record<string, string>; message: string[] }> = [
  { name: 'a port that is not a number', env: { PORT: 'abc' }, message: ['PORT ("abc")', 'a whole number from 0 to 65535'] },
  { name: 'a port out of range', env: { PORT: '70000' }, message: ['PORT ("70000")', 'a whole number from 0 to 65535'] },
  {
    name: 'an unknown app type',
    env: { MicrosoftAppType: 'Multitenant' },
    message: ['MicrosoftAppType ("Multitenant")', 'MultiTenant | SingleTenant | UserAssignedMSI'],
  },
  { name: 'an unknown log level', env: { LOG_LEVEL: 'verbose' }, message: ['LOG_LEVEL ("verbose")', 'fatal | error | warn | info | debug | trace | silent'] },
  { name: 'an app id that is not a GUID', env: { MicrosoftAppId: 'my-bot', MicrosoftAppPassword: 'pw' }, message: ['MicrosoftAppId ("my-bot")', 'GUID'] },
  {
    name: 'an app id without its password',
    env: { MicrosoftAppId: '6f1f7a4e-3b0a-4c59-9d4e-0a1b2c3d4e5f' },
    message: ['MicrosoftAppPassword (not set): is required when MicrosoftAppId is set'],
  },
  {
    name: 'a password without an app id',
    env: { MicrosoftAppPassword: 'pw' },
    message: ['MicrosoftAppId (not set): is required when MicrosoftAppPassword is set'],
  },
  {
    name: 'SingleTenant without a tenant id',
    env: { MicrosoftAppType: 'SingleTenant', MicrosoftAppId: '6f1f7a4e-3b0a-4c59-9d4e-0a1b2c3d4e5f', MicrosoftAppPassword: 'pw' },
    message: ['MicrosoftAppTenantId (not set): is required when MicrosoftAppType is SingleTenant'],
  },
  {
    name: 'UserAssignedMSI with a password',
    env: {
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppId: '6f1f7a4e-3b0a-4c59-9d4e-0a1b2c3d4e5f',
      MicrosoftAppTenantId: 'contoso.onmicrosoft.com',
      MicrosoftAppPassword: 'do-not-print-me',
    },
    message: ['MicrosoftAppPassword (set, value hidden): must be empty when MicrosoftAppType is UserAssignedMSI'],
  },
  { name: 'a negative shutdown timeout', env: { SHUTDOWN_TIMEOUT_MS: '-1' }, message: ['SHUTDOWN_TIMEOUT_MS ("-1")', 'milliseconds'] },
];
