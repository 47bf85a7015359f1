import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/index.js';

const read = (text: string) => ingestFile('wire.txt', new TextEncoder().encode(text)).sources[0];

describe('plain-text headline', () => {
  it('is the line right before the dateline, below a tagline and section crumbs', () => {
    const source = read('Skip to main content\nExclusive news and analytics for professionals\n\nWorld | Europe\n\nCroatia swaps kuna for euro\n\nZAGREB, Jan 1 (Reuters) - Croatia said goodbye to its kuna at midnight.\n\nDate: 2023-01-01\n');
    expect(source?.title).toBe('Croatia swaps kuna for euro');
    expect(source?.text).not.toContain('Skip to main content');
  });

  it('is the first line when no dateline follows it', () => {
    expect(read('Croatia swaps kuna for euro\n\nCroatia said goodbye to its kuna at midnight on Sunday.\n')?.title).toBe('Croatia swaps kuna for euro');
  });
});
