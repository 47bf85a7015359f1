import { describe, expect, it } from 'vitest';
import { findPeople } from '../../src/extract/people.js';
import { textBlocks } from '../../src/extract/text-blocks.js';
import { forgetTextMemos } from '../../src/extract/text-memo.js';
import { projectRules } from '../support/sources.js';

const letters = (ch: string) => /\p{L}/u.test(ch);

describe('textBlocks', () => {
  it('cuts at line breaks after a character that does not join, and keeps the offsets', () => {
    const text = 'One.\n\nTwo words\nthree.\n  Four';
    expect(textBlocks(text, letters)).toEqual([
      { start: 0, text: 'One.' },
      { start: 6, text: 'Two words\nthree.' },
      { start: 25, text: 'Four' },
    ]);
  });

  it('gives one block for a text without a cut', () => {
    expect(textBlocks('no break here', letters)).toEqual([{ start: 0, text: 'no break here' }]);
    expect(textBlocks('', letters)).toEqual([{ start: 0, text: '' }]);
  });
});

describe('findPeople over blocks', () => {
  const roles = projectRules.lexicon.roles;
  const verbs = ['said', 'told'];

  it('still finds a name whose pattern runs across a line break', () => {
    const text = 'The talks ended with John Smith\n\nsaid that all was well.\n\nThe president\n\nAnna Berg spoke.';
    expect(findPeople(text, roles, verbs).map((p) => [p.offset, p.name])).toEqual([
      [21, 'John Smith'],
      [26, 'John Smith'],
      [73, 'Anna Berg'],
      [78, 'Anna Berg'],
    ]);
  });

  it('answers the same for a block it read before, at the block\'s new offset', () => {
    forgetTextMemos();
    const block = 'President Anna Berg said the talks went well.';
    const first = findPeople(`Intro.\n\n${block}`, roles, verbs);
    const again = findPeople(`A longer intro.\n\n${block}`, roles, verbs);
    expect(again.map((p) => p.offset - 9)).toEqual(first.map((p) => p.offset));
    expect(again.map((p) => p.name)).toEqual(first.map((p) => p.name));
  });
});
