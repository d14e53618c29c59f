import { ActivitySet, ConversationStore } from '../../bot/directline/conversationStore';

const MINUTE = 60_000;

function storeWithClock(limits = { maxActivities: 500, maxConversations: 100, idleMs: 60 * MINUTE }) {
  const clock = { now: 0 };
  return { clock, store: new ConversationStore(limits, () => clock.now) };
}

describe('conversations in memory', () => {
  test('a conversation untouched for longer than the idle limit ends, and its streams are told', () => {
    const { clock, store } = storeWithClock();
    const idle = store.open('idle', 'dl_a', undefined).conversation;
    store.open('busy', 'dl_b', undefined);
    const ended = jest.fn();
    idle.subscribe({ push: () => undefined, end: ended }, 0);

    clock.now = 59 * MINUTE;
    store.find('busy');
    clock.now = 61 * MINUTE;

    expect(store.expireIdle()).toBe(1);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(store.find('idle')).toBeUndefined();
    expect(store.find('busy')).toBeDefined();
  });

  test('watermarks count every activity, also those dropped by the cap', () => {
    const { store } = storeWithClock({ maxActivities: 3, maxConversations: 10, idleMs: MINUTE });
    const { conversation } = store.open('c', 'dl_a', 'zh-CN');
    for (const text of ['1', '2', '3', '4', '5']) conversation.append({ type: 'message', text });

    expect(conversation.after(0)).toEqual({ activities: [expect.objectContaining({ text: '3' }), expect.objectContaining({ text: '4' }), expect.objectContaining({ text: '5' })], watermark: '5' });
    expect(conversation.after(4).activities.map((a) => a.text)).toEqual(['5']);
    expect(conversation.after(5).activities).toEqual([]);
    expect(conversation.after(0).activities[2].id).toBe('c|0000005');
  });

  test('a subscriber first gets what it missed since its watermark, then each new activity', () => {
    const { store } = storeWithClock();
    const { conversation } = store.open('c', 'dl_a', undefined);
    conversation.append({ type: 'message', text: 'seen' });
    conversation.append({ type: 'message', text: 'missed' });
    const received: ActivitySet[] = [];

    conversation.subscribe({ push: (set) => received.push(set), end: () => undefined }, 1);
    conversation.append({ type: 'message', text: 'new' });

    expect(received.map((set) => [set.activities.map((a) => a.text), set.watermark])).toEqual([
      [['missed'], '2'],
      [['new'], '3'],
    ]);
  });
});
