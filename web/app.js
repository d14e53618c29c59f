/*
 * Starts Web Chat: asks the bot's server for a Direct Line token and the domain to use it with (Azure's, or the
 * bot's own local Direct Line), then renders the chat into #webchat. Loaded from the bot's server, so another site
 * can embed the chat with the same two script tags and a #webchat element.
 */
(() => {
  'use strict';

  const script = document.currentScript;
  const tokenUrl = new URL('/api/directline/token', script ? script.src : window.location.href);
  const container = document.getElementById('webchat');

  // The browser's language goes to the bot at the start of the conversation, so a Chinese browser is welcomed in Chinese.
  const locale = (navigator.languages && navigator.languages[0]) || navigator.language || 'en-US';
  const language = /^zh\b/i.test(locale) ? 'zh' : 'en';
  // On the bot's own page, phones show the intro in this language only (app.css); a page embedding the chat is left alone.
  if (document.body.classList.contains('webchat-page')) document.body.dataset.language = language;
  // Web Chat marks up no language, so the chat took the bilingual page's lang="en", and a Chinese conversation was
  // declared English to screen readers (which pick their voice by it). It is in the language the bot greets in; the
  // bot writes Simplified Chinese.
  const LANG_TAG = { en: 'en', zh: 'zh-CN' };
  container.lang = LANG_TAG[language];

  // Each message is then marked up in the language it is written in: after "in Chinese please" in an English browser
  // the Chinese answers were declared English, and the other way round. More Han characters than Latin letters is
  // Chinese (an English answer glosses a menu in Chinese, 市民中心; a Chinese one names Alipay's "My" page).
  const HAN = /\p{Script=Han}/gu;
  const LATIN = /\p{Script=Latin}/gu;
  const languageOfText = (text) => ((text.match(HAN) || []).length > (text.match(LATIN) || []).length ? 'zh-CN' : 'en');
  // Screen readers do not read the bubbles themselves: they read the label of the message arrowed to in the history
  // and the live region that announces new ones, which took the page's language too ("Bot said: 社会保障有三个功能" was
  // read in an English voice). Their "Bot said" is a few Latin letters against the message's Han characters.
  const READ_ALOUD = [
    '.webchat__bubble__content',
    '.webchat__basic-transcript__activity-active-descendant',
    '.webchat__live-region-transcript__text-element',
    '.webchat__live-region-activity',
    '.webchat__suggested-action',
  ].join(', ');
  const markLanguages = (root) => {
    for (const element of root.querySelectorAll(READ_ALOUD)) {
      const lang = languageOfText(element.textContent || '');
      if (element.lang !== lang) element.lang = lang;
    }
  };
  new MutationObserver(() => markLanguages(container)).observe(container, { childList: true, subtree: true, characterData: true });

  // A double click on a button sent it twice ("Next" skipped a step), and left the message box read-only until a reload:
  // Web Chat makes the box read-only for a moment after a button, so that a phone shows no keyboard, and the second
  // click took that moment's state for the box's own. A click that is the second of a double click (or more) is dropped,
  // and a box left read-only is made writable again when the user goes to type in it (unless Web Chat disabled it).
  container.addEventListener(
    'click',
    (event) => {
      if (event.detail > 1 && event.target instanceof Element && event.target.closest('.webchat__suggested-action')) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    },
    true,
  );
  const writableAgain = (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement || box instanceof HTMLTextAreaElement) || !box.readOnly) return;
    if (!box.matches('[data-id="webchat-sendbox-input"]') || box.closest('[aria-disabled="true"]')) return;
    box.readOnly = false;
  };
  for (const type of ['pointerdown', 'keydown']) container.addEventListener(type, writableAgain, true);

  const failure = {
    en: 'The chat could not connect. Please reload the page in a moment.',
    zh: '对话暂时无法连接，请稍后刷新页面。',
  };
  const restarted = {
    en: 'The chat was restarted, so the earlier conversation has ended. You can ask again below.',
    zh: '对话已重新开始，之前的对话已结束。您可以在下方重新提问。',
  };

  const styleOptions = {
    accent: '#1d4e89',
    primaryFont:
      'system-ui, -apple-system, "Segoe UI", Roboto, Arial, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
    backgroundColor: '#ffffff',
    botAvatarImage: new URL('/webchat/icon.svg', tokenUrl).href,
    botAvatarInitials: '',
    bubbleBackground: '#f1f4f8',
    bubbleBorderWidth: 0,
    bubbleBorderRadius: 12,
    bubbleFromUserBackground: '#1d4e89',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderWidth: 0,
    bubbleFromUserBorderRadius: 12,
    bubbleMaxWidth: 560,
    hideUploadButton: true, // the bot reads text only
    sendBoxButtonColor: '#1d4e89',
    suggestedActionLayout: 'flow', // buttons wrap onto new lines instead of a sideways carousel, easier on a phone
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#1d4e89',
    suggestedActionBorderRadius: 16,
    suggestedActionTextColor: '#1d4e89',
    cardEmphasisBackgroundColor: '#f1f4f8',
    cardPushButtonBackgroundColor: '#1d4e89',
  };

  // A reload kept nothing: the page started a new conversation, and a user halfway through the steps lost them and the
  // bot's place in them. The conversation is remembered for this tab (sessionStorage, per bot: another site may embed
  // the chat) and resumed from the start, so the page shows it again and the bot goes on where it was. Storage may be
  // blocked (a sandboxed frame, cookies disabled): the chat then works as before, one conversation a page load.
  const sessionKey = `social-security-assistant:${tokenUrl.origin}`;
  const session = {
    read() {
      try {
        const saved = JSON.parse(window.sessionStorage.getItem(sessionKey) || 'null');
        const complete = saved && ['token', 'conversationId', 'domain'].every((key) => typeof saved[key] === 'string');
        return complete ? saved : null;
      } catch {
        return null;
      }
    },
    write(saved) {
      try {
        window.sessionStorage.setItem(sessionKey, JSON.stringify(saved));
      } catch {
        // Not remembered: a reload starts a new conversation.
      }
    },
    forget() {
      try {
        window.sessionStorage.removeItem(sessionKey);
      } catch {
        // Nothing was remembered.
      }
    },
  };

  /**
   * The remembered conversation with a fresh token, or null when it cannot go on: asking for it is what Direct Line
   * calls reconnecting, and it fails once the token has expired, the conversation has ended or the bot was restarted.
   */
  async function resumable(saved) {
    if (!saved) return null;
    try {
      const url = `${saved.domain}/conversations/${encodeURIComponent(saved.conversationId)}`;
      const response = await fetch(url, { headers: { Authorization: `Bearer ${saved.token}` } });
      if (!response.ok) return null;
      const { token } = await response.json();
      return typeof token === 'string' ? { ...saved, token } : null;
    } catch {
      return null;
    }
  }

  async function newConversation() {
    const response = await fetch(tokenUrl, { method: 'POST' });
    if (!response.ok) throw new Error(`token request failed: HTTP ${response.status}`);
    const { token, domain } = await response.json();
    return { token, domain };
  }

  // Direct Line JS's connection states (its ConnectionStatus, which Web Chat's bundle does not export): online, and
  // those a conversation does not come back from: its token refused (the bot restarted with a new key), the retries
  // given up, the conversation ended (the bot forgot it).
  const DIRECT_LINE_ONLINE = 2;
  const DIRECT_LINE_GONE = new Set([3, 4, 5]);

  /** The language of the bot's latest message on the page, or of the browser before the bot has said anything. */
  function shownLanguage() {
    const messages = container.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content[lang]');
    const latest = messages[messages.length - 1];
    return latest ? (latest.lang === 'zh-CN' ? 'zh' : 'en') : language;
  }

  /**
   * Renders Web Chat on a conversation, under a notice if one is given (why an earlier conversation is gone): the new
   * one starts in the language the old one was in, which the notice is in (it welcomed in the browser's, after the user
   * had asked for the other).
   */
  async function start(notice) {
    const { token, domain, conversationId } = (await resumable(session.read())) || (await newConversation());
    const chatLocale = notice ? (notice.language === 'zh' ? 'zh-CN' : 'en-US') : locale;
    // With a conversation id, Direct Line reconnects to it and replays it from its first activity.
    const directLine = window.WebChat.createDirectLine({ token, domain, conversationId, conversationStartProperties: { locale: chatLocale } });
    // Direct Line renews its token while the page is open: the one kept is the one in use when the page goes.
    const remember = () => {
      if (directLine.conversationId && directLine.token) session.write({ token: directLine.token, conversationId: directLine.conversationId, domain });
    };
    let wasOnline = false;
    let gone = false;
    // After a restart of the bot every message failed ("Send failed. Retry.") until the user thought of reloading: a
    // conversation that cannot go on gives way to a new one, with a word of why. One that never came online is a
    // failure to connect, not started again and again.
    directLine.connectionStatus$.subscribe((status) => {
      if (status === DIRECT_LINE_ONLINE) {
        wasOnline = true;
        remember();
      } else if (DIRECT_LINE_GONE.has(status) && !gone) {
        gone = true;
        window.removeEventListener('pagehide', remember);
        session.forget();
        directLine.end();
        const next = wasOnline ? start({ language: shownLanguage() }) : Promise.reject(new Error(`Direct Line connection status ${status}`));
        next.catch(showFailure);
      }
    });
    window.addEventListener('pagehide', remember);
    const chat = document.createElement('div');
    chat.style.flex = '1 1 auto';
    chat.style.minHeight = '0';
    container.style.display = 'flex';
    container.style.flexDirection = 'column';
    const noticeLine = notice && statusLine(restarted[notice.language], 'status', 'chat__status chat__status--notice');
    if (noticeLine) noticeLine.lang = LANG_TAG[notice.language];
    container.replaceChildren(...(noticeLine ? [noticeLine, chat] : [chat]));
    window.WebChat.renderWebChat({ directLine, locale: chatLocale, styleOptions }, chat);
  }

  function statusLine(text, role, className = 'chat__status') {
    const line = document.createElement('p');
    line.className = className;
    line.setAttribute('role', role);
    line.textContent = text;
    return line;
  }

  function showFailure(error) {
    console.error('Web chat failed to start', error);
    container.replaceChildren(statusLine(failure[language], 'alert'));
  }

  start().catch(showFailure);
})();
