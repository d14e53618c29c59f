import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { BotApp, createBotApp } from '../../bot/app';
import { parseConfig } from '../../bot/config';
import { projectRoot } from '../../bot/projectRoot';
import { Language } from '../../knowledge/language';
import { fillTemplate, loadTexts } from '../../knowledge/texts';
import { listenOnFreePort } from '../support/freePort';
import {
  clippedSuggestedActions,
  latestBotMessage,
  latestBotMessageLanguage,
  latestMessageLabelLanguage,
  latestQuote,
  messagesShowing,
  occurrences,
  PageGlobals,
  plainLines,
  say,
  suggestedAction,
  transcriptText,
  waitForTranscript,
} from './support/transcript';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SCREENSHOTS = join(projectRoot, 'test-output');

// A real browser loading a 3.9 MB bundle and a real bot answering: generous, to stay green on a busy machine.
jest.setTimeout(120_000);

const chromiumInstalled = existsSync(CHROMIUM);
if (!chromiumInstalled && !process.env.CI) {
  console.warn(`Skipping the web chat browser tests: ${CHROMIUM} does not exist. Install Chromium (apt-get install chromium) to run them.`);
}
const describeInBrowser = chromiumInstalled || process.env.CI ? describe : describe.skip;

/** Texts the user must see, read from the same files the bot answers from. */
const texts = loadTexts(join(projectRoot, 'knowledge/texts'));

describeInBrowser('the web chat page in Chromium, against the real bot', () => {
  let app: BotApp;
  let baseUrl: string;
  const contexts: Array<{ context: BrowserContext; userDataDir: string }> = [];

  beforeAll(async () => {
    if (!chromiumInstalled) throw new Error(`${CHROMIUM} does not exist; CI must install Chromium for the web chat tests`);
    const config = parseConfig({ PORT: '0', LOG_LEVEL: 'silent' });
    app = createBotApp(config, { logger: pino({ level: 'silent' }) });
    baseUrl = await listenOnFreePort(app.server.server);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    for (const { context, userDataDir } of contexts) {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
    await new Promise<void>((resolve) => app?.server.close(() => resolve()));
  });

  /** A fresh browser profile in the given language, and every request it makes. */
  async function openPage(locale: string, viewport: { width: number; height: number }): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const userDataDir = mkdtempSync(join(tmpdir(), 'webchat-test-'));
    const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, locale, viewport });
    contexts.push({ context, userDataDir });
    const page = context.pages()[0] ?? (await context.newPage());
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}/`);
    return { page, requests, errors };
  }

  const entry = (id: string) => {
    const found = app.knowledge.get(id);
    if (!found) throw new Error(`knowledge entry "${id}" is missing`);
    return found;
  };
  const stepHeader = (language: Language, step: number) =>
    plainLines(fillTemplate(texts[language].stepHeader, { step, total: app.knowledge.steps.length }))[0];
  const stepText = (language: Language, step: number) => plainLines(app.knowledge.steps[step - 1][language].answer).at(-1) as string;

  test('in English: welcome, a typed question, a suggested action and two steps of the walkthrough', async () => {
    const { page, requests, errors } = await openPage('en-US', { width: 1280, height: 900 });
    const en = texts.en;

    expect(await page.title()).toBe('Social Security Assistant · 社保助手');
    expect(await page.locator('meta[name="viewport"]').getAttribute('content')).toContain('width=device-width');
    await waitForTranscript(page, plainLines(en.welcome)[0]);
    await suggestedAction(page, en.starters.procedure).waitFor();
    expect(await latestBotMessageLanguage(page)).toBe('en');

    const funds = entry('article64-funds');
    const fundsLine = plainLines(funds.en.answer).at(-1) as string;
    expect(await transcriptText(page)).not.toContain(fundsLine);
    await say(page, 'which funds does social insurance include?');
    await waitForTranscript(page, fundsLine);

    const accounting = entry(funds.related[0]);
    await suggestedAction(page, accounting.en.title).click();
    await waitForTranscript(page, plainLines(accounting.en.answer).at(-1) as string);

    await say(page, en.starters.procedure);
    await suggestedAction(page, en.buttons.startWalkthrough).click();
    await waitForTranscript(page, stepHeader('en', 1));
    await waitForTranscript(page, stepText('en', 1));
    await suggestedAction(page, en.buttons.next).click();
    await waitForTranscript(page, stepHeader('en', 2));
    await waitForTranscript(page, stepText('en', 2));

    await page.screenshot({ path: join(SCREENSHOTS, 'webchat-en-desktop.png') });
    // The walkthrough shows its own "Step N of 7": the step's text must not repeat it.
    expect(occurrences(await latestBotMessage(page), stepHeader('en', 2))).toBe(1);
    // Switched to Chinese, the answers are marked up as Chinese: they were declared English to screen readers.
    await say(page, 'in Chinese please');
    await waitForTranscript(page, stepText('zh', 2));
    expect(await latestBotMessageLanguage(page)).toBe('zh-CN');
    // What a screen reader reads of it too: the label read when arrowing through the history was declared English.
    expect(await latestMessageLabelLanguage(page)).toBe('zh-CN');
    expect(errors).toEqual([]);
    // Everything from the bot's own server (blob: URLs carry the page's origin): no CDN, nothing from the internet.
    expect(requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== baseUrl)).toEqual([]);
  });

  test('in Chinese on a phone: a Chinese browser is welcomed in Chinese, walked through the steps and shown Article 64 quoted', async () => {
    const { page, errors } = await openPage('zh-CN', { width: 390, height: 844 });
    const zh = texts.zh;

    await waitForTranscript(page, plainLines(zh.welcome)[0]);
    await say(page, '怎么在支付宝帮我妈做社保认证');
    const procedure = plainLines(entry('procedure').zh.answer);
    await waitForTranscript(page, procedure[0]);
    await waitForTranscript(page, procedure[1]);

    await suggestedAction(page, zh.buttons.startWalkthrough).click();
    await waitForTranscript(page, stepHeader('zh', 1));
    await waitForTranscript(page, stepText('zh', 1));
    await suggestedAction(page, zh.buttons.next).click();
    await waitForTranscript(page, stepHeader('zh', 2));
    await waitForTranscript(page, stepText('zh', 2));

    await page.screenshot({ path: join(SCREENSHOTS, 'webchat-zh-phone.png') });
    // The walkthrough shows its own "Step N of 7": the step's text must not repeat it.
    expect(occurrences(await latestBotMessage(page), stepHeader('zh', 2))).toBe(1);
    // The page says lang="en" (it is bilingual); a Chinese conversation must not be declared English to screen readers.
    expect(await latestBotMessageLanguage(page)).toBe('zh-CN');

    // Article 64 quoted word for word: marked as a quote, and not squeezed into a narrow column on a phone.
    await say(page, zh.starters.article64);
    await waitForTranscript(page, plainLines(entry('article64-full').zh.answer)[0]);
    const quote = await latestQuote(page);
    expect(quote.ruleWidth).toBeGreaterThan(0);
    expect(quote.width).toBeGreaterThan(0.9 * quote.bubbleWidth);

    const pageWidth = await page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(390); // nothing sticks out sideways on a phone
    expect(errors).toEqual([]);
  });

  test('a reload keeps the conversation: the page shows it again and the walkthrough goes on where it was', async () => {
    const { page, errors } = await openPage('en-US', { width: 1280, height: 900 });
    const en = texts.en;
    const welcome = plainLines(en.welcome)[0];

    await waitForTranscript(page, welcome);
    await say(page, en.starters.procedure);
    await suggestedAction(page, en.buttons.startWalkthrough).click();
    await waitForTranscript(page, stepText('en', 1));
    await suggestedAction(page, en.buttons.next).click();
    await waitForTranscript(page, stepText('en', 2));

    await page.reload();
    await waitForTranscript(page, stepText('en', 2));
    expect(await transcriptText(page)).toContain(en.starters.procedure);
    // The conversation resumed, not started again: one welcome.
    expect(await messagesShowing(page, welcome)).toBe(1);
    await say(page, 'next');
    await waitForTranscript(page, stepText('en', 3));
    expect(errors).toEqual([]);
  });

  test('a conversation that cannot be resumed (the bot restarted, the token expired) gives way to a new one', async () => {
    const { page, errors } = await openPage('en-US', { width: 1280, height: 900 });
    const welcome = plainLines(texts.en.welcome)[0];
    await waitForTranscript(page, welcome);

    // What a page kept from before a restart: a token this bot did not sign, for a conversation it does not have.
    await page.evaluate((origin) => {
      const { sessionStorage } = globalThis as unknown as { sessionStorage: { setItem(key: string, value: string): void } };
      const gone = { token: 'not.a.token', conversationId: 'gone', domain: `${origin}/v3/directline` };
      sessionStorage.setItem(`social-security-assistant:${origin}`, JSON.stringify(gone));
    }, baseUrl);
    await page.reload();
    await waitForTranscript(page, welcome);
    await say(page, 'what are the three functions of social security?');
    await waitForTranscript(page, plainLines(entry('functions').en.answer).at(-1) as string);
    expect(errors).toEqual([]);
  });

  // A double click on Next sent it twice (step 2 skipped past) and left the message box read-only until a reload.
  test('a double click on a button sends it once, and the message box still takes typing', async () => {
    const { page, errors } = await openPage('en-US', { width: 1280, height: 900 });
    const en = texts.en;
    await waitForTranscript(page, plainLines(en.welcome)[0]);
    await say(page, 'step by step please');
    await waitForTranscript(page, stepHeader('en', 1));
    await suggestedAction(page, en.buttons.next).dblclick();
    await waitForTranscript(page, stepHeader('en', 2));
    await page.waitForTimeout(1000);
    expect(await transcriptText(page)).not.toContain(stepHeader('en', 3));
    await say(page, 'next');
    await waitForTranscript(page, stepHeader('en', 3));
    expect(errors).toEqual([]);
  });

  test('in English on a phone: a long starter question wraps in its button instead of being cut short', async () => {
    const { page, errors } = await openPage('en-US', { width: 390, height: 844 });
    const en = texts.en;

    await waitForTranscript(page, plainLines(en.welcome)[0]);
    for (const starter of Object.values(en.starters)) await suggestedAction(page, starter).waitFor();

    await page.screenshot({ path: join(SCREENSHOTS, 'webchat-en-phone.png') });
    expect(await clippedSuggestedActions(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
