import type { Page } from 'playwright-core';

/**
 * The lines of a Markdown answer as Web Chat shows them: without list markers and emphasis. Used to find an answer
 * from the knowledge files on the page, so the test follows the content instead of repeating it.
 */
export function plainLines(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((line) => line.replace(/^\s*(?:\d+\.|[-*])\s+/, '').replace(/\*\*/g, '').trim())
    .filter(Boolean);
}

/** The little of the DOM the functions run in the page use; the project compiles without the DOM library. */
export interface PageGlobals {
  document: { getElementById(id: string): { innerText: string } | null; documentElement: { scrollWidth: number } };
  getComputedStyle(element: unknown): { borderLeftWidth: string };
}

/** Collapses whitespace and straightens quotes: Web Chat's Markdown renders I'm as I’m. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').trim();

/** The chat transcript's text as a user reads it, whitespace collapsed. */
export async function transcriptText(page: Page): Promise<string> {
  return normalise(await page.locator('#webchat').innerText());
}

/** Waits until the transcript shows the text; on timeout the error shows what the transcript said instead. */
export async function waitForTranscript(page: Page, text: string, timeout = 20_000): Promise<void> {
  try {
    await page.waitForFunction(
      // Runs in the page, so it cannot call normalise(); it repeats it.
      (expected) => {
        const { document } = globalThis as unknown as PageGlobals;
        const shown = (document.getElementById('webchat')?.innerText ?? '').replace(/\s+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
        return shown.includes(expected);
      },
      normalise(text),
      { timeout },
    );
  } catch {
    throw new Error(`The chat never showed "${normalise(text)}". It shows:\n${(await transcriptText(page)).slice(-1500)}`);
  }
}

/** Types a message into Web Chat's send box and sends it, as a user does. */
export async function say(page: Page, text: string): Promise<void> {
  const sendBox = page.getByRole('textbox');
  await sendBox.fill(text);
  await sendBox.press('Enter');
}

/** A button of the suggested actions under the latest message (Web Chat repeats them, hidden, for screen readers). */
export function suggestedAction(page: Page, name: string) {
  return page.getByRole('toolbar').getByRole('button', { name, exact: true });
}

/** The text of the bot's latest message bubble. */
export async function latestBotMessage(page: Page): Promise<string> {
  return normalise(await page.locator('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content').last().innerText());
}

/** How many message bubbles show the text: the transcript's own text also has what the live region reads out. */
export async function messagesShowing(page: Page, text: string): Promise<number> {
  const shown = await page.locator('.webchat__bubble__content').allInnerTexts();
  return shown.filter((message) => normalise(message).includes(normalise(text))).length;
}

/** How often the text occurs in the message. */
export const occurrences = (message: string, text: string) => message.split(normalise(text)).length - 1;

/** The little of an element the functions below read in the page (the project compiles without the DOM library). */
interface ShownElement {
  textContent: string | null;
  lang: string;
  scrollWidth: number;
  clientWidth: number;
  getBoundingClientRect(): { width: number };
  closest(selector: string): ShownElement | null;
}

/** The labels of the suggested actions that do not fit their button, which Web Chat cuts short with "…". */
export async function clippedSuggestedActions(page: Page): Promise<string[]> {
  return page
    .getByRole('toolbar')
    .locator('.webchat__suggested-action__text')
    .evaluateAll((labels: ShownElement[]) =>
      labels.filter((label) => label.scrollWidth > label.clientWidth).map((label) => label.textContent ?? ''),
    );
}

/** The language the bot's latest message is marked up in (the nearest lang attribute), as screen readers take it. */
export async function latestBotMessageLanguage(page: Page): Promise<string | undefined> {
  return page
    .locator('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content')
    .last()
    .evaluate((message: ShownElement) => message.closest('[lang]')?.lang);
}

/** The language a screen reader reads the latest message's label in, when the user arrows through the history. */
export async function latestMessageLabelLanguage(page: Page): Promise<string | undefined> {
  return page
    .locator('.webchat__basic-transcript__activity-active-descendant')
    .last()
    .evaluate((label: ShownElement) => label.closest('[lang]')?.lang);
}

/** The width of the latest block quote, of the message bubble it is in, and of the rule on its left. */
export async function latestQuote(page: Page): Promise<{ width: number; bubbleWidth: number; ruleWidth: number }> {
  return page
    .locator('.webchat__bubble__content blockquote')
    .last()
    .evaluate((quote: ShownElement) => ({
      width: quote.getBoundingClientRect().width,
      bubbleWidth: quote.closest('.webchat__bubble__content')?.getBoundingClientRect().width ?? 0,
      ruleWidth: parseFloat((globalThis as unknown as PageGlobals).getComputedStyle(quote).borderLeftWidth),
    }));
}
