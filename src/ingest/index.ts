/**
 * ingest: reads source drops (.txt, .md, .json, .html) into `Source`s with clean text, zones,
 * a publication date and segments that map every character back to the original file.
 */
export { ingestFile, type IngestResult } from './ingest-file.js';
export { readInputs } from './read-inputs.js';
export { locate } from './locate.js';
export type { SidecarFile } from './sidecar.js';
