/**
 * compromise, loaded from its one-file CommonJS build: the same release as its ES modules, but
 * one file to read and compile instead of some 450, which a worker thread (one per core, each
 * loading it again) starts about 0.2 s sooner with. Every part of factdiff takes compromise from
 * here, so there is one instance and one world (context.ts swaps its steps).
 */
import { createRequire } from 'node:module';
import type nlpModule from 'compromise';

const nlp = createRequire(import.meta.url)('compromise') as typeof nlpModule;
export default nlp;
