import { createHash } from 'node:crypto';
import { FINDINGS_FILTER } from './script/findings-filter.js';
import { SOURCE_PAGER } from './script/source-pager.js';

/**
 * The report's only script: the findings' filters and search, and the source list's pager. Each
 * shows its controls itself, so without JavaScript the controls stay hidden and everything shows.
 */
export const FILTER_SCRIPT = `(() => {${FINDINGS_FILTER}${SOURCE_PAGER}})();`;

/** The CSP source that allows exactly {@link FILTER_SCRIPT} and no other script. */
export const FILTER_SCRIPT_HASH = `'sha256-${createHash('sha256').update(FILTER_SCRIPT).digest('base64')}'`;
