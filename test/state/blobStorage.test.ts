import { createServer, Socket } from 'node:net';
import { BlobStorage } from '../../bot/state/blobStorage';
import { OptimisticStateStorage } from '../../bot/state/optimisticStateStorage';
import { ETagConflictError, StorageError } from '../../bot/state/storageErrors';
import { Azurite } from '../support/azurite';
import { listenOnFreePort } from '../support/freePort';

let azurite: Azurite;
let containerCount = 0;

beforeAll(async () => {
  azurite = await Azurite.start();
}, 60_000);
afterAll(() => azurite?.dispose());

/** A storage on a container of its own, so the tests do not see each other's items. */
const newStorage = () => new BlobStorage({ connectionString: azurite.connectionString, container: `test-${++containerCount}` });

describe('BlobStorage on Azurite', () => {
  it('reads back what it wrote, with an eTag, and leaves out keys it does not hold', async () => {
    const storage = newStorage();
    await storage.write({ 'test/conversations/a': { step: 3, language: 'zh' } });
    const items = await storage.read(['test/conversations/a', 'test/conversations/missing']);
    expect(Object.keys(items)).toEqual(['test/conversations/a']);
    expect(items['test/conversations/a']).toMatchObject({ step: 3, language: 'zh' });
    expect(items['test/conversations/a'].eTag).toEqual(expect.any(String));
  });

  it('refuses a write whose eTag is no longer the stored one, and keeps the stored item', async () => {
    const storage = newStorage();
    await storage.write({ key: { step: 1 } });
    const { key: first } = await storage.read(['key']);
    await storage.write({ key: { ...first, step: 2 } });
    await expect(storage.write({ key: { ...first, step: 9 } })).rejects.toThrow(ETagConflictError);
    expect((await storage.read(['key'])).key.step).toBe(2);
  });

  it('overwrites whatever is stored when the eTag is "*"', async () => {
    const storage = newStorage();
    await storage.write({ key: { step: 1 } });
    await storage.write({ key: { step: 5, eTag: '*' } });
    expect((await storage.read(['key'])).key.step).toBe(5);
  });

  it('creates an item that must be new only once', async () => {
    const storage = newStorage();
    const eTag = await storage.writeIfVersion('new', { step: 1 }, null);
    await expect(storage.writeIfVersion('new', { step: 2 }, null)).rejects.toThrow(ETagConflictError);
    expect((await storage.read(['new'])).new).toMatchObject({ step: 1, eTag });
  });

  it('lists the keys under a prefix, keys with slashes and Chinese characters included', async () => {
    const storage = newStorage();
    const keys = ['unanswered/2024-05-01/b', 'unanswered/2024-05-01/a 社保', 'unanswered/2024-05-02/c'];
    await storage.write(Object.fromEntries(keys.map((key) => [key, { key }])));
    expect(await storage.listKeys('unanswered/2024-05-01/')).toEqual(['unanswered/2024-05-01/a 社保', 'unanswered/2024-05-01/b']);
    const items = await storage.read(keys);
    expect(keys.map((key) => items[key].key)).toEqual(keys);
  });

  it('deletes, and deleting a key it does not hold is no error', async () => {
    const storage = newStorage();
    await storage.write({ key: { step: 1 } });
    await storage.delete(['key', 'never-written']);
    expect(await storage.read(['key'])).toEqual({});
  });

  it('says which container failed while the storage is down, and works once it is back', async () => {
    const storage = newStorage();
    await azurite.stop();
    try {
      const failure = storage.read(['key']);
      await expect(failure).rejects.toThrow(StorageError);
      await expect(failure).rejects.toThrow(`Blob storage container "test-${containerCount}": could not create the container`);
    } finally {
      await azurite.restart();
    }
    await storage.write({ key: { step: 1 } });
    expect((await storage.read(['key'])).key.step).toBe(1);
  });
});

describe('BlobStorage on a storage that accepts connections and never answers', () => {
  it('gives up with a StorageError instead of holding the turn for ever', async () => {
    const connections: Socket[] = [];
    const silent = createServer((socket) => connections.push(socket));
    const url = await listenOnFreePort(silent);
    try {
      const storage = new BlobStorage({ connectionString: azurite.connectionString.replace(/http:\/\/127\.0\.0\.1:\d+/, url), container: 'silent' });
      await expect(storage.read(['key'])).rejects.toThrow(StorageError);
    } finally {
      for (const socket of connections) socket.destroy();
      await new Promise((closed) => silent.close(closed));
    }
  });
});

describe('OptimisticStateStorage: the view BotState saves through', () => {
  it('lets only the first of two turns that read the same version save', async () => {
    const storage = newStorage();
    await storage.write({ conversation: { step: 3 } });
    const [one, two] = [new OptimisticStateStorage(storage), new OptimisticStateStorage(storage)];
    const { conversation: readByOne } = await one.read(['conversation']);
    const { conversation: readByTwo } = await two.read(['conversation']);

    readByOne.step = 4;
    await one.write({ conversation: readByOne });
    readByTwo.step = 4;
    await expect(two.write({ conversation: readByTwo })).rejects.toThrow(ETagConflictError);
    expect((await storage.read(['conversation'])).conversation.step).toBe(4);
  });

  it('lets only the first of two turns that found nothing create the item', async () => {
    const storage = newStorage();
    const [one, two] = [new OptimisticStateStorage(storage), new OptimisticStateStorage(storage)];
    const { conversation: readByOne } = await one.read(['conversation']);
    const { conversation: readByTwo } = await two.read(['conversation']);
    expect(readByOne).toEqual({});

    Object.assign(readByOne, { welcomed: ['one'] });
    await one.write({ conversation: readByOne });
    Object.assign(readByTwo, { welcomed: ['two'] });
    await expect(two.write({ conversation: readByTwo })).rejects.toThrow(ETagConflictError);
    expect((await storage.read(['conversation'])).conversation.welcomed).toEqual(['one']);
  });

  it('lets a turn save the same item twice', async () => {
    const storage = new OptimisticStateStorage(newStorage());
    const { conversation } = await storage.read(['conversation']);
    conversation.step = 1;
    await storage.write({ conversation });
    conversation.step = 2;
    await storage.write({ conversation });
    expect((await storage.read(['conversation'])).conversation.step).toBe(2);
  });
});
