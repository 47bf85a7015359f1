import { createHash } from 'node:crypto';

/**
 * The report's only script: shows the filter boxes (hidden without JavaScript) and hides findings
 * whose kind or severity is unticked, and subject groups left empty. It reads no report data.
 */
export const FILTER_SCRIPT = `(() => {
  const filters = document.getElementById('filters');
  if (!filters) return;
  filters.hidden = false;
  filters.addEventListener('change', () => {
    const off = new Set(Array.from(filters.querySelectorAll('input:not(:checked)'), (box) => box.name + ':' + box.value));
    for (const card of document.querySelectorAll('.finding')) {
      card.hidden = off.has('kind:' + card.dataset.kind) || off.has('severity:' + card.dataset.severity);
    }
    for (const group of document.querySelectorAll('.subject')) {
      group.hidden = !group.querySelector('.finding:not([hidden])');
    }
  });
})();`;

/** The CSP source that allows exactly {@link FILTER_SCRIPT} and no other script. */
export const FILTER_SCRIPT_HASH = `'sha256-${createHash('sha256').update(FILTER_SCRIPT).digest('base64')}'`;
