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

/** What one ordering has worked out already: schemas behind `$ref`s, and key orders by object shape. */
export interface OrderMemo {
  /** The schema a node stands for (`$ref`s followed). */
  resolve(node: KeyOrderSchema): KeyOrderSchema;
  /** The properties that order an object's keys under `schema` (a `oneOf` branch picked by its tag). */
  propertiesOf(schema: KeyOrderSchema, value: Record<string, unknown>): Record<string, KeyOrderSchema | undefined>;
  /** The schema's properties that the value has, in the schema's order, then its other keys sorted. */
  keyOrder(value: Record<string, unknown>, properties: Record<string, KeyOrderSchema | undefined>): string[];
  /** Whether the value's own keys are in that order already (and none is integer-like, which objects put first). */
  inOrder(value: Record<string, unknown>, properties: Record<string, KeyOrderSchema | undefined>): boolean;
}

const INDEX = /^(?:0|[1-9]\d*)$/;

/** A key JavaScript objects put first, in ascending order, whatever order it was added in. */
export function isIndexKey(key: string): boolean {
  return INDEX.test(key) && Number(key) < 4294967295;
}

const EMPTY: Record<string, never> = {};

/**
 * A memo for one schema. Key orders are worked out once per shape (the schema's properties and
 * the value's keys): a report repeats a few shapes many thousands of times.
 */
export function orderKeysMemo(root: KeyOrderSchema): OrderMemo {
  const resolved = new Map<KeyOrderSchema, KeyOrderSchema>();
  const orders = new Map<Record<string, KeyOrderSchema | undefined>, Map<string, { order: string[]; inOrder: boolean }>>();
  // The last shape seen under each properties map: a report repeats one shape many times in a row.
  const last = new Map<Record<string, KeyOrderSchema | undefined>, { own: string[]; worked: { order: string[]; inOrder: boolean } }>();
  const shapeOf = (value: Record<string, unknown>, properties: Record<string, KeyOrderSchema | undefined>) => {
    const own = Object.keys(value);
    const previous = last.get(properties);
    if (previous !== undefined && sameKeys(previous.own, own)) return previous.worked;
    const worked = workOut(value, properties, own);
    last.set(properties, { own, worked });
    return worked;
  };
  const workOut = (value: Record<string, unknown>, properties: Record<string, KeyOrderSchema | undefined>, own: string[]) => {
    const shape = own.join('\0');
    let byShape = orders.get(properties);
    if (byShape === undefined) {
      byShape = new Map();
      orders.set(properties, byShape);
    }
    const cached = byShape.get(shape);
    // Keys holding NUL could make two shapes look alike: worked out each time then.
    if (cached !== undefined && !own.some((key) => key.includes('\0'))) return cached;
    const known = Object.keys(properties).filter((key) => key in value);
    const unknown = own.filter((key) => !(key in properties)).sort();
    const order = [...known, ...unknown];
    const worked = { order, inOrder: order.length === own.length && order.every((key, i) => key === own[i] && !isIndexKey(key)) };
    byShape.set(shape, worked);
    return worked;
  };
  return {
    resolve(node) {
      let schema = resolved.get(node);
      if (schema === undefined) {
        schema = resolve(node, root);
        resolved.set(node, schema);
      }
      return schema;
    },
    propertiesOf(schema, value) {
      return pickBranch(schema, value).properties ?? EMPTY;
    },
    keyOrder(value, properties) {
      return shapeOf(value, properties).order;
    },
    inOrder(value, properties) {
      return shapeOf(value, properties).inOrder;
    },
  };
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function orderNode(value: unknown, node: KeyOrderSchema, memo: OrderMemo): unknown {
  const schema = memo.resolve(node);
  if (Array.isArray(value)) {
    const items = typeof schema.items === 'object' ? schema.items : {};
    return value.map((item, i) => orderNode(item, schema.prefixItems?.[i] ?? items, memo));
  }
  if (!isRecord(value)) return value;
  const properties = memo.propertiesOf(schema, value);
  const ordered: Record<string, unknown> = {};
  for (const key of memo.keyOrder(value, properties)) {
    ordered[key] = orderNode(value[key], properties[key] ?? EMPTY, memo);
  }
  return ordered;
}

/**
 * Copies `value` with every object's keys in the order its schema declares them (unknown keys after,
 * alphabetically), so the same data always serializes to the same bytes whatever order it was built in.
 */
export function orderKeys(value: unknown, schema: KeyOrderSchema): unknown {
  return orderNode(value, schema, orderKeysMemo(schema));
}
