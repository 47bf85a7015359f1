/**
 * Browser code, kept as text for the page's one inline script: pages the source list (the page size
 * is on the list), finds sources by words in their summary line, opens the page holding a linked
 * source when its anchor is followed, and puts back and opens every source block for printing.
 * A page is shown by putting its items into the list, not by hiding the others: Chromium takes
 * minutes to hide ten thousand items one by one, and under a second to swap the list's children.
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
    const byAnchor = new Map(items.map((item) => [item.firstElementChild ? item.firstElementChild.id : '', item]));
    let matching = items;
    let page = 0;
    const render = () => {
      const pages = Math.max(1, Math.ceil(matching.length / size));
      page = Math.min(Math.max(page, 0), pages - 1);
      const first = page * size;
      list.replaceChildren(...matching.slice(first, first + size));
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
      const item = byAnchor.get(decodeURIComponent(location.hash.slice(1)));
      if (!item || location.hash.length < 2) return;
      const target = item.firstElementChild;
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
    window.addEventListener('beforeprint', () => list.replaceChildren(...items));
    window.addEventListener('afterprint', render);
    render();
    reveal();
  }
  const opened = [];
  window.addEventListener('beforeprint', () => {
    for (const block of document.querySelectorAll('details:not([open])')) { block.open = true; opened.push(block); }
  });
  window.addEventListener('afterprint', () => { for (const block of opened.splice(0)) block.open = false; });
`;
