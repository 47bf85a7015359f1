import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/index.js';
import { fixture } from './helpers.js';

describe('readInputs', () => {
  it('walks a directory in sorted order, skipping sidecars and unknown files', async () => {
    const result = await readInputs(['test/fixtures/ingest/']);
    expect(result.sources.map((s) => s.id)).toEqual([
      fixture('article.json'),
      fixture('article.md'),
      `${fixture('articles.json')}#0`,
      `${fixture('articles.json')}#2`,
      fixture('bad-date.md'),
      fixture('bad-front-matter.md'),
      fixture('page.html'),
      fixture('wire.txt'),
    ]);
    expect(result.failed.map((f) => f.path)).toEqual([`${fixture('articles.json')}#1`, fixture('invalid.json')]);
  });

  it('uses the sidecar beside a file given directly, keeping the path as given', async () => {
    const result = await readInputs(['./test/fixtures/ingest/wire.txt']);
    expect(result.sources[0]).toMatchObject({ path: './test/fixtures/ingest/wire.txt', publishedFrom: 'sidecar' });
  });

  it('reports a missing path as a failed input and reads the rest', async () => {
    const result = await readInputs(['test/fixtures/ingest/nope.txt', fixture('article.md')]);
    expect(result.sources.map((s) => s.path)).toEqual([fixture('article.md')]);
    expect(result.failed).toEqual([
      {
        path: 'test/fixtures/ingest/nope.txt',
        diagnostics: [
          {
            code: 'unreadable',
            severity: 'error',
            message: 'cannot read test/fixtures/ingest/nope.txt: no such file or directory',
          },
        ],
      },
    ]);
  });

  it('reads a file given twice once', async () => {
    const result = await readInputs([fixture('article.md'), fixture('article.md')]);
    expect(result.sources).toHaveLength(1);
  });
});
