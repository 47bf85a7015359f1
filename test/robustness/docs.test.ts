import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../src/ingest/diagnostics.js';

describe('docs/bad-input.md', () => {
  const docs = readFileSync('docs/bad-input.md', 'utf8');

  it('lists every diagnostic ingest can give', () => {
    expect(DIAGNOSTIC_CODES.filter((code) => !docs.includes(`| \`${code}\` |`))).toEqual([]);
  });

  it('is linked from the README, whose table names the codes of bad input', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('[docs/bad-input.md](docs/bad-input.md)');
    const table = readme.slice(readme.indexOf('## Bad input'), readme.indexOf('## Reading the report'));
    const codes = ['invalid-json', 'invalid-element', 'invalid-front-matter', 'invalid-date', 'empty-file', 'binary-file', 'invalid-encoding', 'utf16-without-bom', 'windows-1252', 'too-large', 'unreadable', 'symlink-loop', 'not-a-file', 'directory-named-like-source', 'not-english'];
    expect(codes.filter((code) => !table.includes(`\`${code}\``))).toEqual([]);
  });
});
