/** The parts of a JSON Schema that say in which order an object's properties are written. */
export interface KeyOrderSchema {
  $ref?: string;
  $defs?: Record<string, KeyOrderSchema>;
  properties?: Record<string, KeyOrderSchema | undefined>;
  items?: KeyOrderSchema | boolean;
  prefixItems?: KeyOrderSchema[];
  oneOf?: KeyOrderSchema[];
  discriminator?: { propertyName: string };
  const?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resolve(node: KeyOrderSchema, root: KeyOrderSchema): KeyOrderSchema {
  const name = node.$ref?.replace(/^#\/\$defs\//, '');
  const target = name === undefined ? undefined : root.$defs?.[name];
  return target === undefined ? node : resolve(target, root);
}

/** For a `oneOf` with a discriminator, the branch whose tag matches the value's. */
function pickBranch(node: KeyOrderSchema, value: Record<string, unknown>): KeyOrderSchema {
  if (node.oneOf === undefined) return node;
  const tag = node.discriminator?.propertyName ?? 'type';
  return node.oneOf.find((branch) => branch.properties?.[tag]?.const === value[tag]) ?? node;
}

function orderNode(value: unknown, node: KeyOrderSchema, root: KeyOrderSchema): unknown {
  const schema = resolve(node, root);
  if (Array.isArray(value)) {
    const items = typeof schema.items === 'object' ? schema.items : {};
    return value.map((item, i) => orderNode(item, schema.prefixItems?.[i] ?? items, root));
  }
  if (!isRecord(value)) return value;
  const properties = pickBranch(schema, value).properties ?? {};
  const known = Object.keys(properties).filter((key) => key in value);
  const unknown = Object.keys(value)
    .filter((key) => !(key in properties))
    .sort();
  const ordered: Record<string, unknown> = {};
  for (const key of [...known, ...unknown]) {
    ordered[key] = orderNode(value[key], properties[key] ?? {}, root);
  }
  return ordered;
}

/**
 * Copies `value` with every object's keys in the order its schema declares them (unknown keys after,
 * alphabetically), so the same data always serializes to the same bytes whatever order it was built in.
 */
export function orderKeys(value: unknown, schema: KeyOrderSchema): unknown {
  return orderNode(value, schema, schema);
}
