import type { ChartContext } from './types';

/** The same context with some of its fields changed; its getters (the comparison, the team) kept as getters. */
export function withFields(ctx: ChartContext, fields: Partial<ChartContext>): ChartContext {
  return Object.defineProperties(Object.create(null) as ChartContext, {
    ...Object.getOwnPropertyDescriptors(ctx),
    ...Object.getOwnPropertyDescriptors(fields),
  });
}
