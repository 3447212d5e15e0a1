/**
 * An ESLint rule that keeps the layers apart (see docs/architecture.md): nothing in src/lib
 * imports a component (a `.svelte` file) or anything under src/components, and the model
 * (src/lib/model) imports neither the app's state, its exports nor its DOM helpers. Type-only
 * imports count too: a type pulls its module's layer in with it. Imports are resolved to files,
 * since `./roving.svelte` names a module (`roving.svelte.ts`) and `./Matrix.svelte` a component.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
/** @param {string} file @param {string} folder */
const inside = (file, folder) => file.startsWith(path.join(root, folder) + path.sep);

/**
 * What an import names: the component file, the module file, or undefined (a package).
 * @param {string} fromFile
 * @param {string} specifier
 */
function resolve(fromFile, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(fromFile), specifier);
  return ['.ts', '.js', '', '/index.ts'].map((ending) => base + ending).find((file) => existsSync(file));
}

/**
 * Why `file` may not import `target`, or undefined when it may.
 * @param {string} file
 * @param {string} target
 */
function refusal(file, target) {
  if (!inside(file, 'src/lib')) return undefined;
  if (target.endsWith('.svelte') || inside(target, 'src/components'))
    return 'src/lib never imports a component: pass what it needs in (see components/charts/renderChart.ts)';
  if (inside(file, 'src/lib/model'))
    for (const layer of ['src/lib/state', 'src/lib/export', 'src/lib/dom'])
      if (inside(target, layer)) return `the model is pure: src/lib/model does not import ${layer}`;
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Keep src/lib free of components, and the model free of state, exports and the DOM.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    /** @param {{ source?: import('estree').Node | null }} node */
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal') return;
      const specifier = source.value;
      if (typeof specifier !== 'string') return;
      const target = resolve(file, specifier);
      const why = target && refusal(file, target);
      if (why) context.report({ node: source, message: `"${specifier}": ${why}.` });
    };
    return {
      ImportDeclaration: check,
      ImportExpression: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
};

export default { rules: { layering: rule } };
