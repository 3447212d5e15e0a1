/**
 * An ESLint rule that keeps the layers apart (see docs/architecture.md):
 * - pure files never import a component or the DOM: nothing in src/lib, and no plain `.ts` file of a
 *   chart's folder (src/charts/<kind>/: its definition, layout and slides), imports a `.svelte`
 *   file or anything under src/components; a chart's pure files do not import src/lib/dom either;
 * - the model (src/lib/model) imports neither the app's state, its exports nor its DOM helpers;
 * - components never hold model logic: a `.svelte` file does not import the libraries the model
 *   computes with (d3-array, d3-dsv, valibot, diff); that logic goes in a pure, tested file.
 * Type-only imports count too: a type pulls its module's layer in with it. Imports are resolved to
 * files, since `./roving.svelte` names a module (`roving.svelte.ts`) and `./Chart.svelte` a component.
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
  // A chart's tests may render its components; its rune modules (.svelte.ts) may use the DOM.
  const chartPure = inside(file, 'src/charts') && /(?<!\.svelte|\.test)\.ts$/.test(file);
  if (chartPure && (target.endsWith('.svelte') || inside(target, 'src/components')))
    return "a chart's definition, layout and slides are pure: they never import a component";
  if (chartPure && inside(target, 'src/lib/dom'))
    return "a chart's definition, layout and slides are pure: they never import the DOM helpers (src/lib/dom)";
  if (!inside(file, 'src/lib')) return undefined;
  if (target.endsWith('.svelte') || inside(target, 'src/components'))
    return 'src/lib never imports a component: pass what it needs in (see components/charts/renderChart.ts)';
  if (inside(file, 'src/lib/model'))
    for (const layer of ['src/lib/state', 'src/lib/export', 'src/lib/dom'])
      if (inside(target, layer)) return `the model is pure: src/lib/model does not import ${layer}`;
  return undefined;
}

/** The libraries the model computes with: a component that imports one is computing. */
const MODEL_LIBRARIES = ['d3-array', 'd3-dsv', 'valibot', 'diff'];

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Keep pure files free of components and the DOM, the model free of state and exports, and model logic out of components.',
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
      if (file.endsWith('.svelte') && MODEL_LIBRARIES.includes(specifier)) {
        context.report({
          node: source,
          message: `"${specifier}": components never hold model logic; compute in a pure, tested file and pass the result in.`,
        });
        return;
      }
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
