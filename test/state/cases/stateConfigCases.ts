const AZURITE = 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=do-not-print-me;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;';

/** State settings the bot must accept. */
export const validStateConfigCases: Array<{ name: string; env: Record<string, string> }> = [
  { name: 'blob storage on Azurite', env: { STORAGE: 'blob', BLOB_CONNECTION_STRING: AZURITE, BLOB_CONTAINER: 'bot-state' } },
  { name: 'blob storage on Azurite, the short form', env: { STORAGE: 'blob', BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true', BLOB_CONTAINER: 'state1' } },
  {
    name: 'blob storage on Azure',
    env: {
      STORAGE: 'blob',
      BLOB_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=ssabot;AccountKey=do-not-print-me;EndpointSuffix=core.windows.net',
      BLOB_CONTAINER: 'social-security-bot',
    },
  },
];

/** State settings the bot must refuse to start with, and what the operator must read in the error. */
export const invalidStateConfigCases: Array<{ name: string; env: Record<string, string>; message: string[] }> = [
  { name: 'an unknown storage', env: { STORAGE: 'disk' }, message: ['STORAGE ("disk")', 'allowed: memory | blob'] },
  {
    name: 'blob storage without its settings',
    env: { STORAGE: 'blob' },
    message: ['BLOB_CONNECTION_STRING (not set): is required when STORAGE is blob', 'BLOB_CONTAINER (not set): is required when STORAGE is blob'],
  },
  {
    name: 'blob storage without a container',
    env: { STORAGE: 'blob', BLOB_CONNECTION_STRING: AZURITE },
    message: ['BLOB_CONTAINER (not set): is required when STORAGE is blob'],
  },
  {
    name: 'a connection string that is not one',
    env: { STORAGE: 'blob', BLOB_CONNECTION_STRING: 'AccountName=x;AccountKey=do-not-print-me', BLOB_CONTAINER: 'bot-state' },
    message: ['BLOB_CONNECTION_STRING (set, value hidden)', 'must be an Azure Storage connection string'],
  },
  {
    name: 'a container name Azure refuses',
    env: { STORAGE: 'blob', BLOB_CONNECTION_STRING: AZURITE, BLOB_CONTAINER: 'Bot_State' },
    message: ['BLOB_CONTAINER ("Bot_State")', '3 to 63 lowercase letters'],
  },
];
