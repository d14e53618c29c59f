/**
 * Tab-separated values the way spreadsheets write them: a cell holding a tab, a line break or a double quote is
 * wrapped in double quotes, with inner quotes doubled. Excel, LibreOffice and Google Sheets read and write this, so a
 * multi-line answer stays one cell; Azure question answering imports it too.
 */

/** Lets Excel detect UTF-8: without it, Chinese text opens as mojibake. */
const BYTE_ORDER_MARK = '\uFEFF';
const NEEDS_QUOTES = /[\t\r\n"]/;

/**
 * The text of a TSV file's bytes. Spreadsheets save UTF-8 (Google Sheets, LibreOffice, Excel's "CSV UTF-8") or, with
 * Excel's "Unicode Text", UTF-16 with a byte order mark; Excel's plain "Text (Tab delimited)" would lose the Chinese.
 */
export function decodeTsvBytes(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  return bytes.toString('utf8');
}

export interface TsvRow {
  /** Line of the file the row starts on (1 = the header), for error messages. */
  line: number;
  cells: string[];
}

function formatCell(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The rows as TSV text, with a byte order mark and CRLF line ends (what spreadsheets expect). */
export function formatTsv(rows: readonly (readonly string[])[]): string {
  return BYTE_ORDER_MARK + rows.map((row) => row.map(formatCell).join('\t')).join('\r\n') + '\r\n';
}

export class TsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    detail: string,
  ) {
    super(`line ${line}: ${detail}`);
    this.name = 'TsvSyntaxError';
  }
}

/**
 * Reads TSV text into rows. Line breaks inside cells come back as "\n" whatever the file used; blank lines are
 * skipped (spreadsheets often leave one at the end).
 */
export function parseTsv(text: string): TsvRow[] {
  const source = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  const rows: TsvRow[] = [];
  let line = 1;
  let position = 0;

  while (position < source.length) {
    const rowLine = line;
    const cells: string[] = [];
    let rowEnded = false;
    while (!rowEnded) {
      let cell = '';
      if (source[position] === '"') {
        const quoteLine = line;
        position += 1;
        for (;;) {
          if (position >= source.length) throw new TsvSyntaxError(quoteLine, 'a quoted cell is never closed (missing ")');
          const char = source[position];
          if (char === '"' && source[position + 1] === '"') {
            cell += '"';
            position += 2;
          } else if (char === '"') {
            position += 1;
            break;
          } else {
            if (char === '\n') line += 1;
            cell += char;
            position += 1;
          }
        }
        const next = source[position];
        if (next !== undefined && next !== '\t' && next !== '\r' && next !== '\n') {
          throw new TsvSyntaxError(line, 'unexpected text after the closing " of a quoted cell');
        }
      } else {
        while (position < source.length && !'\t\r\n'.includes(source[position])) cell += source[position++];
      }
      cells.push(cell.replace(/\r\n?/g, '\n'));

      if (source[position] === '\t') {
        position += 1;
      } else {
        if (source[position] === '\r') position += 1;
        if (source[position] === '\n') position += 1;
        line += 1;
        rowEnded = true;
      }
    }
    if (cells.some((cell) => cell !== '')) rows.push({ line: rowLine, cells });
  }
  return rows;
}
