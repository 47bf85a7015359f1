import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/index.js';
import { fixture, ingestFixture, markedZones, only, placeOf } from './helpers.js';

describe('.json sources', () => {
  it('reads an object, its title as headline and its body paragraphs', () => {
    const source = only(ingestFixture('article.json'));
    expect(source).toMatchObject({
      id: fixture('article.json'),
      format: 'json',
      title: 'Rail line reaches the coast',
      publisher: 'Example Wire',
      url: 'https://example.org/rail',
      published: '2023-11-02',
      publishedFrom: 'metadata',
    });
    expect(source.text).toBe(
      'Rail line reaches the coast\n\nThe rail line reached the coast on Thursday.\n\nIt carries 40 trains a day, the operator said. Freight trains run at night.',
    );
    expect(markedZones(source)).toEqual([['headline', 'Rail line reaches the coast']]);
  });

  it('maps body paragraphs to the JSON string, escapes included', () => {
    const source = only(ingestFixture('article.json'));
    expect(placeOf(source, 'The rail line reached')).toEqual({ line: 6, column: 12 });
    expect(placeOf(source, 'It carries 40 trains')).toEqual({ line: 6, column: 60 });
    expect(placeOf(source, 'Freight trains')).toEqual({ line: 6, column: 108 });
  });

  it('reads the good elements of an array and fails only the bad one', () => {
    const result = ingestFixture('articles.json');
    expect(result.sources.map((s) => [s.id, s.title, s.published])).toEqual([
      [`${fixture('articles.json')}#0`, 'Port volumes rise', '2023-05-01'],
      [`${fixture('articles.json')}#2`, 'Airport expands', '2023-05-03'],
    ]);
    expect(result.sources.every((s) => s.path === fixture('articles.json'))).toBe(true);
    expect(result.failed).toEqual([
      {
        path: `${fixture('articles.json')}#1`,
        diagnostics: [expect.objectContaining({ code: 'missing-body', severity: 'error', line: 8, column: 3 })],
      },
    ]);
    expect(result.failed[0]?.diagnostics[0]?.message).toMatch(/^element #1: expected "body"/);
  });

  it('fails invalid JSON with the line and column of the error', () => {
    const result = ingestFixture('invalid.json');
    expect(result.sources).toEqual([]);
    expect(result.failed).toEqual([
      {
        path: fixture('invalid.json'),
        diagnostics: [
          {
            code: 'invalid-json',
            severity: 'error',
            message: 'invalid JSON: expected \',\' or \'}\' after a property value, found "\\""',
            line: 4,
            column: 3,
          },
        ],
      },
    ]);
  });

  it('fails an element that is not an object', () => {
    const result = ingestFile('drop.json', new TextEncoder().encode('[{"body": "Text one."}, 42]'));
    expect(result.sources.map((s) => s.id)).toEqual(['drop.json#0']);
    expect(result.failed[0]).toMatchObject({ path: 'drop.json#1', diagnostics: [{ code: 'invalid-element', line: 1, column: 25 }] });
  });
});
