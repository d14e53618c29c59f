import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../../knowledge/loader';
import { decodeTsvBytes, formatTsv, parseTsv } from '../../knowledge/tsv';
import { knowledgeToTsv } from '../../knowledge/tsvExport';
import { knowledgeFromTsv } from '../../knowledge/tsvImport';
import { QNA_COLUMNS } from '../../knowledge/tsvQna';
import { CommandOutput } from '../../scripts/commandLine';
import { kbExport } from '../../scripts/kbExport';
import { readKnowledgeSources } from '../../scripts/kbFiles';
import { kbImport } from '../../scripts/kbImport';

const CONTENT = 'knowledge/content';
const temporaryFolders: string[] = [];

function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'kb-tsv-'));
  temporaryFolders.push(folder);
  return folder;
}

afterAll(() => temporaryFolders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

async function run(command: typeof kbExport, args: string[]) {
  const out: string[] = [];
  const error: string[] = [];
  const output: CommandOutput = { out: (text) => out.push(text), error: (text) => error.push(text) };
  const status = await command(args, output);
  return { status, out: out.join('\n'), error: error.join('\n') };
}

/** The exported TSV as a spreadsheet sees it: a header and rows of cells keyed by column. */
function exportedTable(): { header: string[]; rows: Array<Record<string, string>> } {
  const [header, ...rows] = parseTsv(knowledgeToTsv(readKnowledgeSources(CONTENT)));
  return { header: header.cells, rows: rows.map(({ cells }) => Object.fromEntries(header.cells.map((name, i) => [name, cells[i]]))) };
}

function tableToTsv({ header, rows }: ReturnType<typeof exportedTable>): string {
  return formatTsv([header, ...rows.map((row) => header.map((name) => row[name]))]);
}

const isRowOf = (id: string, lang: string) => (row: Record<string, string>) => row.Metadata.includes(`id:${id}|lang:${lang}|`);

describe('kb:export and kb:import (TSV in the Azure question answering layout)', () => {
  it('round-trips the whole knowledge base without loss: export, import into an empty folder, load, same entries', async () => {
    const folder = temporaryFolder();
    const tsvFile = join(folder, 'kb.tsv');
    const target = join(folder, 'content');
    cpSync(CONTENT, target, { recursive: true, filter: (source) => !source.endsWith('.yaml') });

    expect((await run(kbExport, ['--format', 'tsv', '--out', tsvFile])).status).toBe(0);
    const imported = await run(kbImport, [tsvFile, '--dir', target]);

    expect(imported.status).toBe(0);
    expect(imported.out).toContain(`Imported ${loadKnowledge(CONTENT).entries.length} entries`);
    expect(loadKnowledge(target).entries).toEqual(loadKnowledge(CONTENT).entries);
  });

  it('writes the knowledge files back byte for byte, top comments included, when nothing was edited', async () => {
    const folder = temporaryFolder();
    cpSync(CONTENT, folder, { recursive: true });
    const tsvFile = join(folder, 'kb.tsv');
    await run(kbExport, ['--out', tsvFile, '--dir', folder]);
    expect((await run(kbImport, [tsvFile, '--dir', folder])).status).toBe(0);
    for (const file of readdirSync(CONTENT)) {
      expect(readFileSync(join(folder, file), 'utf8')).toBe(readFileSync(join(CONTENT, file), 'utf8'));
    }
  });

  it('uses the documented columns, one row per training question in each language, Metadata naming entry and language', () => {
    const { header, rows } = exportedTable();
    expect(header).toEqual([...QNA_COLUMNS]);
    const knowledge = loadKnowledge(CONTENT);
    const step5 = knowledge.get('step-5');
    const zhRows = rows.filter(isRowOf('step-5', 'zh'));
    expect(zhRows.map((row) => row.Question)).toEqual(step5?.zh.questions);
    expect(new Set(zhRows.map((row) => row.Answer))).toEqual(new Set([step5?.zh.answer]));
    expect(zhRows[0].Metadata).toBe(`id:step-5|lang:zh|file:procedure|kind:step|step:5|title:${step5?.zh.title.replace(':', '%3A')}|related:${step5?.related.join(',')}`);
    expect(rows).toHaveLength(knowledge.entries.reduce((n, entry) => n + entry.en.questions.length + entry.zh.questions.length, 0));
  });

  it('offers the follow-ups as Azure prompts pointing at the pair of the same language', () => {
    const { rows } = exportedTable();
    const functionsZh = rows.find(isRowOf('functions', 'zh'));
    const stabilityZh = rows.find(isRowOf('function-stability', 'zh'));
    const prompts = JSON.parse(functionsZh?.Prompts ?? '[]');
    expect(prompts[0]).toEqual({ DisplayOrder: 1, QnaId: Number(stabilityZh?.QnaId), DisplayText: '稳定社会生活' });
  });

  it('takes in what was edited in the spreadsheet: a changed answer and a new question row', async () => {
    const table = exportedTable();
    const edited = 'To start, **open the Alipay app** on your mobile phone.';
    for (const row of table.rows.filter(isRowOf('step-1', 'en'))) row.Answer = edited;
    const firstRow = table.rows.findIndex(isRowOf('step-1', 'en'));
    table.rows.splice(firstRow, 0, { ...table.rows[firstRow], Question: 'where do I begin' });

    const files = knowledgeFromTsv(tableToTsv(table), 'edited.tsv');
    const step1 = files.flatMap((file) => file.entries).find((entry) => entry.id === 'step-1');
    expect(step1?.en.answer).toBe(edited);
    expect(step1?.en.questions[0]).toBe('where do I begin');
    expect(step1?.zh).toEqual(loadKnowledge(CONTENT).get('step-1')?.zh);
  });

  it.each([
    [
      'one row of a pair with another answer',
      (table: ReturnType<typeof exportedTable>) => (table.rows.filter(isRowOf('summary', 'en'))[2].Answer = 'changed on one row only'),
      /line \d+, column "Answer": differs from line \d+ \(every row of entry "summary", lang:en must carry the same answer\)/,
    ],
    [
      'a misspelt Metadata key',
      (table: ReturnType<typeof exportedTable>) => (table.rows[0].Metadata = table.rows[0].Metadata.replace('title:', 'titel:')),
      /line 2, column "Metadata", key "titel": .*allowed keys: id, lang, file, kind, step, title, related, items, more/,
    ],
    [
      'an entry whose Chinese rows were deleted',
      (table: ReturnType<typeof exportedTable>) => (table.rows = table.rows.filter((row) => !isRowOf('thanks', 'zh')(row))),
      /entry "thanks": no rows with lang:zh/,
    ],
    [
      'an entry left with too few training questions',
      (table: ReturnType<typeof exportedTable>) => {
        const keep = new Set(table.rows.filter(isRowOf('goodbye', 'en')).slice(0, 3));
        table.rows = table.rows.filter((row) => !isRowOf('goodbye', 'en')(row) || keep.has(row));
      },
      /entry "goodbye", field "en\.questions": needs at least 15 training questions/,
    ],
    [
      'a follow-up to an entry that does not exist',
      (table: ReturnType<typeof exportedTable>) => {
        for (const row of table.rows.filter((r) => r.Metadata.includes('id:summary|'))) row.Metadata = row.Metadata.replace('related:', 'related:no-such-entry,');
      },
      /entry "summary", field "related": unknown entry "no-such-entry"/,
    ],
    [
      'more of an answer in an entry that does not exist',
      (table: ReturnType<typeof exportedTable>) => {
        for (const row of table.rows.filter((r) => r.Metadata.includes('id:legal-basis|'))) row.Metadata = row.Metadata.replace('more:article64-full', 'more:no-such-entry');
      },
      /entry "legal-basis", field "more": unknown entry "no-such-entry"/,
    ],
    [
      'a file name that leaves the knowledge folder',
      (table: ReturnType<typeof exportedTable>) => (table.rows[0].Metadata = table.rows[0].Metadata.replace('file:article64', 'file:../evil')),
      /line 2, column "Metadata", key "file": must be a file name without folder or extension/,
    ],
  ])('rejects %s, naming where, and writes nothing', async (_name, edit, message) => {
    const table = exportedTable();
    edit(table);
    const folder = temporaryFolder();
    cpSync(CONTENT, folder, { recursive: true });
    writeFileSync(join(folder, 'broken.tsv'), tableToTsv(table));

    const result = await run(kbImport, [join(folder, 'broken.tsv'), '--dir', folder]);

    expect(result.status).toBe(2);
    expect(result.error).toMatch(message);
    for (const file of readdirSync(CONTENT)) {
      expect(readFileSync(join(folder, file), 'utf8')).toBe(readFileSync(join(CONTENT, file), 'utf8'));
    }
  });

  it('rejects a file without the columns it reads', async () => {
    const folder = temporaryFolder();
    writeFileSync(join(folder, 'wrong.tsv'), 'Frage\tAntwort\nwas\tdas\n');
    const result = await run(kbImport, [join(folder, 'wrong.tsv'), '--dir', folder]);
    expect(result.status).toBe(2);
    expect(result.error).toContain('line 1 (the header): missing column "Question", "Answer", "Source", "Metadata"');
  });

  it('says which formats exist when given another', async () => {
    const result = await run(kbExport, ['--format', 'csv']);
    expect(result.status).toBe(2);
    expect(result.error).toContain('--format "csv" is not supported (allowed: tsv)');
  });
});

describe('TSV cells', () => {
  it('keep tabs, quotes and line breaks inside a cell, as spreadsheets write them', () => {
    const rows = [
      ['a\tb', 'say "hi"', 'line 1\nline 2'],
      ['"quoted at the start', '', 'plain'],
    ];
    expect(parseTsv(formatTsv(rows)).map((row) => row.cells)).toEqual(rows);
  });

  it('read CRLF files with a byte order mark, skip blank lines and count lines for messages', () => {
    const rows = parseTsv('\uFEFFQuestion\tAnswer\r\nq1\t"two\r\nlines"\r\n\r\nq2\ta2\r\n');
    expect(rows).toEqual([
      { line: 1, cells: ['Question', 'Answer'] },
      { line: 2, cells: ['q1', 'two\nlines'] },
      { line: 5, cells: ['q2', 'a2'] },
    ]);
  });

  it('read UTF-16 files, as Excel saves "Unicode Text", as well as UTF-8', () => {
    const text = 'Question\tAnswer\n第五步\t点击“我的”\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(parseTsv(decodeTsvBytes(utf16))).toEqual(parseTsv(decodeTsvBytes(Buffer.from(text, 'utf8'))));
    expect(parseTsv(decodeTsvBytes(utf16))[1].cells).toEqual(['第五步', '点击“我的”']);
  });

  it('name the line of a quoted cell that is never closed', () => {
    expect(() => parseTsv('Question\tAnswer\nq1\t"never closed\nmore\n')).toThrow('line 2: a quoted cell is never closed');
  });
});
