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
  { name: 'test', dir: 'test/corpus/test', key: 'test/corpus/test/key.yaml', heldOut: true },
];
