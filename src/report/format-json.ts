import type { Report } from '../types.js';
import { orderKeys, type KeyOrderSchema } from './order-keys.js';
import schema from './schema/report.schema.json' with { type: 'json' };

/** The JSON report: keys in the schema's (the contract's) order, 2-space indent, trailing newline. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(orderKeys(report, schema as KeyOrderSchema), null, 2)}\n`;
}
