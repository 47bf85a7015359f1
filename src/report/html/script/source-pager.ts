/**
 * Browser code, kept as text for the page's one inline script: pages the source list (the page size
 * is on the list), finds sources by words in their summary line, opens the page holding a linked
 * source when its anchor is followed, and opens every source block for printing.
 */
export const SOURCE_PAGER = `
  const list = document.getElementById('source-list');
  const pager = document.getElementById('source-pager');
  if (list && pager) {
    const size = Number(list.dataset.pageSize) || 50;
    const items = Array.from(list.children);
    const find = document.getElementById('source-filter');
    const prev = document.getElementById('source-prev');
    const next = document.getElementById('source-next');
    const where = document.getElementById('source-page');
    const texts = new Map(items.map((item) => [item, (item.querySelector('summary') || item).textContent.toLowerCase()]));
    let matching = items;
    let page = 0;
    const render = () => {
      const pages = Math.max(1, Math.ceil(matching.length / size));
      page = Math.min(Math.max(page, 0), pages - 1);
      const first = page * size;
      const shown = new Set(matching.slice(first, first + size));
      for (const item of items) item.hidden = !shown.has(item);
      where.textContent = matching.length === 0 ? 'No source matches'
        : 'Sources ' + (first + 1) + '\\u2013' + Math.min(first + size, matching.length) + ' of ' + matching.length +
          (matching.length < items.length ? ' (of ' + items.length + ')' : '');
      prev.disabled = page === 0;
      next.disabled = page >= pages - 1;
    };
    const filter = () => {
      const words = find.value.toLowerCase().split(/\\s+/).filter(Boolean);
      matching = items.filter((item) => words.every((word) => texts.get(item).includes(word)));
      page = 0;
      render();
    };
    const reveal = () => {
      const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      const item = target && target.closest('#source-list > li');
      if (!item) return;
      if (!matching.includes(item)) { find.value = ''; matching = items; }
      page = Math.floor(matching.indexOf(item) / size);
      render();
      if (target.tagName === 'DETAILS') target.open = true;
      target.scrollIntoView();
    };
    pager.hidden = false;
    find.addEventListener('input', filter);
    prev.addEventListener('click', () => { page -= 1; render(); });
    next.addEventListener('click', () => { page += 1; render(); });
    window.addEventListener('hashchange', reveal);
    render();
    reveal();
  }
  const opened = [];
  window.addEventListener('beforeprint', () => {
    for (const block of document.querySelectorAll('details:not([open])')) { block.open = true; opened.push(block); }
  });
  window.addEventListener('afterprint', () => { for (const block of opened.splice(0)) block.open = false; });
`;
