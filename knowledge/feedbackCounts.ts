import { SupportEvent } from './unansweredEvents';

export interface FeedbackTally {
  answerId: string;
  helpful: number;
  notHelpful: number;
}

/** Helpful / Not helpful clicks per answer, the answers with most "not helpful" first: those need work soonest. */
export function countFeedback(events: readonly SupportEvent[]): FeedbackTally[] {
  const tallies = new Map<string, FeedbackTally>();
  for (const event of events) {
    if (event.type !== 'feedback') continue;
    const tally = tallies.get(event.answerId) ?? { answerId: event.answerId, helpful: 0, notHelpful: 0 };
    if (event.helpful) tally.helpful += 1;
    else tally.notHelpful += 1;
    tallies.set(event.answerId, tally);
  }
  return [...tallies.values()].sort((a, b) => b.notHelpful - a.notHelpful || a.helpful - b.helpful || a.answerId.localeCompare(b.answerId));
}
