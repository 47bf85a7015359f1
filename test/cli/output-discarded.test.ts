/** writesToNullDevice: standard output sent to /dev/null is told from a file, a pipe and another device. */
import { closeSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writesToNullDevice } from '../../src/cli/output-discarded.js';

const onUnix = process.platform !== 'win32';

describe('writesToNullDevice', () => {
  it.runIf(onUnix)('is true for a descriptor open on /dev/null', () => {
    const fd = openSync('/dev/null', 'w');
    try {
      expect(writesToNullDevice(fd)).toBe(true);
    } finally {
      closeSync(fd);
    }
  });

  it.each([
    ['a file', () => openSync(join(mkdtempSync(join(tmpdir(), 'factdiff-null-')), 'out.json'), 'w')],
    ['another device', () => openSync('/dev/zero', 'r')],
  ])('is false for %s', (_, open) => {
    if (!onUnix) return;
    const fd = open();
    try {
      expect(writesToNullDevice(fd)).toBe(false);
    } finally {
      closeSync(fd);
    }
  });

  it('is false for a descriptor that is not open, and when there is no null device to compare with', () => {
    expect(writesToNullDevice(987_654)).toBe(false);
    if (!onUnix) return;
    const fd = openSync('/dev/null', 'w');
    try {
      expect(writesToNullDevice(fd, join(tmpdir(), 'no-such-null-device'))).toBe(false);
    } finally {
      closeSync(fd);
    }
  });
});
