/**
 * A person's corrections of level orders, kept in localStorage. No dependencies: the entry script
 * reads it before the first paint to decide whether the prerendered page can be hydrated.
 */
const ORDER_KEY = 'pathway-explorer:level-orders';
/** Corrections the browser would not store: they hold for this visit, over the stored ones. */
const thisVisit = new Map<string, string[] | undefined>();

function storedOrders(): Record<string, string[]> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(ORDER_KEY) ?? '{}');
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, string[]>)
      : {};
  } catch {
    return {};
  }
}

function readOrders(): Map<string, string[]> {
  const orders = new Map(Object.entries(storedOrders()));
  for (const [key, order] of thisVisit) {
    if (order) orders.set(key, order);
    else orders.delete(key);
  }
  return orders;
}

/** A person's level order for a role, or undefined. */
export function levelOrderFor(frameworkId: string, roleId: string): string[] | undefined {
  const order = readOrders().get(`${frameworkId}/${roleId}`);
  return Array.isArray(order) && order.every((name) => typeof name === 'string') ? order : undefined;
}

/**
 * Keeps a level order (undefined: the framework's own again). It holds for this visit whatever
 * happens; the answer is undefined when it is stored too, else why the browser would not store it.
 */
export function saveLevelOrder(
  frameworkId: string,
  roleId: string,
  order: string[] | undefined,
): string | undefined {
  const key = `${frameworkId}/${roleId}`;
  try {
    const orders = storedOrders();
    if (order) orders[key] = order;
    else delete orders[key];
    localStorage.setItem(ORDER_KEY, JSON.stringify(orders));
    thisVisit.delete(key);
    return undefined;
  } catch (error) {
    thisVisit.set(key, order);
    const name = (error as { name?: string } | null)?.name;
    return name === 'QuotaExceededError'
      ? "this browser's storage for the app is full"
      : `this browser would not store it (${(error as Error)?.message ?? String(error)})`;
  }
}
