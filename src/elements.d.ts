// Element Timing (https://wicg.github.io/element-timing/) reports when an SVG text is painted, but
// Svelte's SVG attribute types do not list `elementtiming` (its HTML ones do).
declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- merging needs Svelte's own parameter
  export interface SVGAttributes<T extends EventTarget> {
    elementtiming?: string | undefined | null;
  }
}

export {};
