/**
 * Browser code, kept as text for the page's one inline script: shows the findings' filters and hides
 * every finding that an unticked box, the chosen source or a search word rules out, then any subject
 * group left empty, and says how many are shown. It reads the page, never report data.
 */
export const FINDINGS_FILTER = `
  const filters = document.getElementById('filters');
  if (filters) {
    const cards = Array.from(document.querySelectorAll('.finding'));
    const groups = Array.from(document.querySelectorAll('.subject'));
    const count = document.getElementById('filter-count');
    const search = document.getElementById('filter-text');
    const source = document.getElementById('filter-source');
    const texts = new Map();
    const textOf = (card) => {
      if (!texts.has(card)) texts.set(card, card.textContent.toLowerCase().replace(/\\s+/g, ' '));
      return texts.get(card);
    };
    const apply = () => {
      const off = new Set(Array.from(filters.querySelectorAll('input[type=checkbox]:not(:checked)'), (box) => box.name + ':' + box.value));
      const words = search.value.toLowerCase().split(/\\s+/).filter(Boolean);
      let shown = 0;
      for (const card of cards) {
        const data = card.dataset;
        card.hidden = off.has('kind:' + data.kind) || off.has('severity:' + data.severity) ||
          (data.status !== undefined && off.has('status:' + data.status)) ||
          (source.value !== '' && !data.sources.split(' ').includes(source.value)) ||
          words.some((word) => !textOf(card).includes(word));
        if (!card.hidden) shown += 1;
      }
      for (const group of groups) group.hidden = !group.querySelector('.finding:not([hidden])');
      count.hidden = false;
      count.textContent = 'Showing ' + shown + ' of ' + cards.length + ' findings';
    };
    filters.hidden = false;
    filters.addEventListener('input', apply);
    filters.addEventListener('change', apply);
    filters.addEventListener('submit', (event) => event.preventDefault());
    filters.addEventListener('reset', () => setTimeout(apply));
    apply();
  }
`;
