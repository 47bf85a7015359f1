/**
 * Whether a file descriptor writes to the null device (`> /dev/null`, or standard output ignored
 * by the program that started this one). Then whatever is printed to it is lost unread, and a
 * command may leave it unprinted: a large drop's JSON report on standard output is 200 MB read back
 * from its file and written for nothing (as `tar` does not read what it would write to /dev/null).
 */
import { fstatSync, statSync } from 'node:fs';

/** The null device's path where there is one (not on Windows: there, nothing is taken for discarded). */
const NULL_DEVICE = '/dev/null';

/** True when `fd` is open on the null device; false when it is anything else or cannot be told. */
export function writesToNullDevice(fd: number, nullDevice = NULL_DEVICE): boolean {
  try {
    const open = fstatSync(fd);
    if (!open.isCharacterDevice()) return false;
    const device = statSync(nullDevice);
    return device.isCharacterDevice() && open.rdev === device.rdev && open.dev === device.dev && open.ino === device.ino;
  } catch {
    return false;
  }
}
