/** A URL- and id-safe form of a name: "Senior DevOps engineer" → "senior-devops-engineer". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Ids for names, each name always given the same id and different names never one id: "Cloud!" →
 * "cloud", then "Cloud?" → "cloud-2"; a name with no letter or digit ("🚀") → the fallback
 * ("skill", then "skill-2").
 */
export function uniqueSlugger(fallback: string): (name: string) => string {
  const byName = new Map<string, string>();
  const taken = new Set<string>();
  return (name) => {
    const known = byName.get(name);
    if (known !== undefined) return known;
    const base = slugify(name) || fallback;
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    byName.set(name, id);
    taken.add(id);
    return id;
  };
}
