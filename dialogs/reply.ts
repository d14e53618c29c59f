/**
 * What a dialog says, before any channel is considered: Markdown text and the buttons offered with it. A button
 * sends its value back as the user's message, so every value must be something the bot understands when typed.
 */
export interface ReplyButton {
  title: string;
  value: string;
}

export interface Reply {
  text: string;
  buttons: ReplyButton[];
}

/** A button that sends its own title, so the user's message reads as what they clicked. */
export function titleButton(title: string): ReplyButton {
  return { title, value: title };
}
