/**
 * Writes a file through a temporary one renamed into place, so that a killed run never leaves
 * half a file: the writer gets the temporary file's descriptor; on an error the temporary file is
 * removed and the error passed on.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

export function writeThroughTemporary(file: string, write: (fd: number) => void): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    write(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, file);
}
