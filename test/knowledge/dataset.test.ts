import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatasetError, loadDataset, parseDataset } from '../../knowledge/evaluation/dataset';

describe('labelled data sets', () => {
  it('reads the {"utterances":[{text,intent}]} format', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dataset-')), 'set.json');
    writeFileSync(file, JSON.stringify({ utterances: [{ text: ' hello ', intent: 'greeting' }] }));
    expect(loadDataset(file)).toEqual([{ text: 'hello', intent: 'greeting' }]);
  });

  it('names the file, the utterance index and the field of a bad utterance', () => {
    const data = { utterances: [{ text: 'fine', intent: 'a' }, { text: 'no label' }] };
    expect(() => parseDataset('questions.en.json', data)).toThrow(DatasetError);
    expect(() => parseDataset('questions.en.json', data)).toThrow(
      /questions\.en\.json[\s\S]*utterances\[1\] "no label", field "intent"/,
    );
  });

  it('names the file when it is missing, not JSON, or empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dataset-'));
    expect(() => loadDataset(join(dir, 'absent.json'))).toThrow(/absent\.json[\s\S]*cannot be read/);
    writeFileSync(join(dir, 'broken.json'), '{"utterances": [');
    expect(() => loadDataset(join(dir, 'broken.json'))).toThrow(/broken\.json[\s\S]*not valid JSON/);
    expect(() => parseDataset('empty.json', { utterances: [] })).toThrow(/empty\.json[\s\S]*at least one utterance/);
  });
});
