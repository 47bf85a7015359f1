/** The evaluated corpora: a folder of sources and its answer key. A corpus without a key is skipped. */
export interface Corpus {
  name: string;
  dir: string;
  key: string;
  /** Held out: scored only when closing the accuracy issue (`npm run eval -- --held-out`). */
  heldOut?: boolean;
}

export const CORPORA: Corpus[] = [
  { name: 'seeds', dir: 'sources', key: 'eval/keys/seeds.yaml' },
  { name: 'dev', dir: 'test/corpus/dev', key: 'test/corpus/dev/key.yaml' },
  // Scored once, held out, on 2026-11-24 (recall 0.30, precision 0.60: docs/accuracy.md); worked on since.
  { name: 'test', dir: 'test/corpus/test', key: 'test/corpus/test/key.yaml' },
  // Scored once, held out, on 2026-11-24 (recall 0.38, precision 0.63, 2 traps: docs/accuracy.md); worked on since.
  { name: 'test2', dir: 'test/corpus/test2', key: 'test/corpus/test2/key.yaml' },
  { name: 'test3', dir: 'test/corpus/test3', key: 'test/corpus/test3/key.yaml', heldOut: true },
  // Written blind in session 4, scored once on 2026-11-24 before any work on it (recall 0.19, precision 0.71,
  // 1 trap: docs/accuracy.md), to measure unseen drops without using up test3; worked on since.
  { name: 'test4', dir: 'test/corpus/test4', key: 'test/corpus/test4/key.yaml' },
  // Written blind in session 5 (Schengen, a landslide, a rocket's first flights), scored once before any
  // work on it (recall 0.25, precision 1.00, 0 traps, fact recall 0.48, as-of 0.81: docs/accuracy.md);
  // worked on since.
  { name: 'test5', dir: 'test/corpus/test5', key: 'test/corpus/test5/key.yaml' },
  // Written blind in session 6 (the Commonwealth admitting Gabon and Togo, the Noto earthquake, Starship flights),
  // scored once on 2026-11-24 before any work on it (recall 0.26, precision 0.83, 3 traps, fact recall 0.44,
  // as-of 0.76: docs/accuracy.md), again by its figures only after the session's work on test5 (unchanged);
  // worked on since.
  { name: 'test6', dir: 'test/corpus/test6', key: 'test/corpus/test6/key.yaml' },
  // Written blind in session 7 (Bolivia joining Mercosur, the Valencia floods, IM-1 Odysseus), scored once on
  // 2026-11-24 before any work on it (recall 0.13, precision 1.00, 2 traps, fact recall 0.52, as-of 0.89; the
  // session's starting code gave 0.17: docs/accuracy.md); worked on since.
  { name: 'test7', dir: 'test/corpus/test7', key: 'test/corpus/test7/key.yaml' },
  // Written blind in session 8 (the Comoros joining the WTO, the 2024 hajj heat deaths, the Key Bridge collapse),
  // scored once on 2026-11-24 before any work on it (recall 0.12, precision 0.38, 0 traps, fact recall 0.35,
  // as-of 0.57; the session's starting code gave the same once a pattern that hung on it was fixed:
  // docs/accuracy.md); worked on since.
  { name: 'test8', dir: 'test/corpus/test8', key: 'test/corpus/test8/key.yaml' },
  // Written blind in session 9 (the Jeju Air crash, Liechtenstein joining the IMF, the Shenzhen-Zhongshan Link),
  // scored once on 2026-11-24 before any work on it (recall 0.24, precision 0.38, 0 traps, fact recall 0.45,
  // as-of 0.92; the session's starting code gave the same: docs/accuracy.md); worked on since.
  { name: 'test9', dir: 'test/corpus/test9', key: 'test/corpus/test9/key.yaml' },
  // Written blind in session 10 (Cyclone Chido in Mayotte, Armenia and Ukraine joining the ICC, Spain's record
  // cocaine seizures at Algeciras), scored once on 2026-11-24 before any work on it (recall 0.28, precision 0.83, 1 trap, fact recall 0.50,
  // as-of 0.86; the session's starting code gave the same: docs/accuracy.md).
  { name: 'test10', dir: 'test/corpus/test10', key: 'test/corpus/test10/key.yaml' },
  // Written blind in session 11 (Russia's expulsion from the Council of Europe and the Reykjavik summit, the Balasore
  // train crash, NASA's DART mission), scored once on 2026-11-25 before any work on it (docs/accuracy.md).
  { name: 'test11', dir: 'test/corpus/test11', key: 'test/corpus/test11/key.yaml' },
  // Written blind in session 11 after the session's work on test11 (Britain joining the CPTPP, the Derna floods, the
  // Black Sea Grain Initiative), scored once on 2026-11-25 before any work on it (docs/accuracy.md).
  { name: 'test12', dir: 'test/corpus/test12', key: 'test/corpus/test12/key.yaml' },
  // Written blind in session 12 (Finland and Sweden joining NATO, the Itaewon crowd crush, the James Webb Space
  // Telescope), scored once on 2026-11-25 before any work on it (docs/accuracy.md).
  { name: 'test13', dir: 'test/corpus/test13', key: 'test/corpus/test13/key.yaml' },
  // Written blind in session 12 after the session's work on test13 (Kiribati leaving and rejoining the Pacific
  // Islands Forum, the Herat earthquakes, ESA's Juice mission), scored once on 2026-11-25 before any work on it
  // (docs/accuracy.md).
  { name: 'test14', dir: 'test/corpus/test14', key: 'test/corpus/test14/key.yaml' },
  // Written blind in session 12 after the session's work on test13 and test14 (Costa Rica joining the OECD, the
  // Turkey-Syria earthquakes, the Ever Given in the Suez Canal), scored once on 2026-11-25 before any work on it
  // (docs/accuracy.md).
  { name: 'test15', dir: 'test/corpus/test15', key: 'test/corpus/test15/key.yaml' },
];
