import { daysBetween, dayPrefix, SupportEvent, supportEventSchema } from '../knowledge/unansweredEvents';
import type { ListableStorage } from './fileStorage';

/** Keys read per storage call: blob storage fetches them in parallel, and a month of events can be many thousands. */
const READ_BATCH = 200;

export interface ReadSupportEvents {
  events: SupportEvent[];
  /** Keys whose item is not a valid event (written by another version, or edited by hand); left out of the report. */
  invalid: string[];
}

/** Every support event recorded from `from` to `to` (whole UTC days), oldest first. */
export async function readSupportEvents(storage: ListableStorage, from: Date, to: Date): Promise<ReadSupportEvents> {
  const events: SupportEvent[] = [];
  const invalid: string[] = [];
  for (const day of daysBetween(from, to)) {
    const keys = await storage.listKeys(dayPrefix(day));
    for (let start = 0; start < keys.length; start += READ_BATCH) {
      const batch = keys.slice(start, start + READ_BATCH);
      const items = await storage.read(batch);
      for (const key of batch) {
        const { eTag: _eTag, ...item } = items[key] ?? {};
        const parsed = supportEventSchema.safeParse(item);
        if (parsed.success) events.push(parsed.data);
        else invalid.push(key);
      }
    }
  }
  return { events, invalid };
}
