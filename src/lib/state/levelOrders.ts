/**
 * A person's corrections of level orders, kept in localStorage. No dependencies: the entry script
 * reads it before the first paint to decide whether the prerendered page can be hydrated.
 */
const ORDER_KEY = 'pathway-explorer:level-orders';

function readOrders(): Record<string, string[]> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(ORDER_KEY) ?? '{}');
    return value && typeof value === 'object' ? (value as Record<string, string[]>) : {};
  } catch {
    return {};
  }
}

/** A person's level order for a role, or undefined. */
export function levelOrderFor(frameworkId: string, roleId: string): string[] | undefined {
  const order = readOrders()[`${frameworkId}/${roleId}`];
  return Array.isArray(order) && order.every((name) => typeof name === 'string') ? order : undefined;
}

export function saveLevelOrder(frameworkId: string, roleId: string, order: string[] | undefined): void {
  const orders = readOrders();
  const key = `${frameworkId}/${roleId}`;
  if (order) orders[key] = order;
  else delete orders[key];
  localStorage.setItem(ORDER_KEY, JSON.stringify(orders));
}
