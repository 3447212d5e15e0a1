/**
 * A stand-in for a canvas in unit tests (jsdom draws nothing): it records each call made on its 2D
 * context, with the colours, font, line and alpha in force at the time.
 */
/** A canvas that records what is drawn on it, and in which colour and font. */
export class FakeContext {
  calls: {
    name: string;
    args: unknown[];
    fillStyle: unknown;
    strokeStyle: unknown;
    font: string;
    lineWidth: number;
    globalAlpha: number;
    dash: number[];
  }[] = [];
  fillStyle: unknown = '';
  globalAlpha = 1;
  strokeStyle: unknown = '';
  font = '';
  lineWidth = 1;
  textAlign = '';
  textBaseline = '';
  #dash: number[] = [];
  dashes: number[][] = [];
  #record(name: string, args: unknown[]) {
    const { fillStyle, strokeStyle, font, lineWidth, globalAlpha } = this;
    this.calls.push({ name, args, fillStyle, strokeStyle, font, lineWidth, globalAlpha, dash: this.#dash });
  }
  setTransform(...args: number[]) {
    this.#record('setTransform', args);
  }
  clearRect(...args: number[]) {
    this.#record('clearRect', args);
  }
  beginPath() {}
  roundRect(...args: number[]) {
    this.#record('roundRect', args);
  }
  fill() {
    this.#record('fill', []);
  }
  stroke() {
    this.dashes.push(this.#dash);
    this.#record('stroke', []);
  }
  setLineDash(dash: number[]) {
    this.#dash = dash;
  }
  fillText(...args: unknown[]) {
    this.#record('fillText', args);
  }
  drawImage(...args: unknown[]) {
    this.#record('drawImage', args);
  }
  named(name: string) {
    return this.calls.filter((call) => call.name === name);
  }
}
export class FakeCanvas {
  context = new FakeContext();
  constructor(
    public width = 300,
    public height = 150,
  ) {}
  getContext() {
    return this.context;
  }
}
export const asCanvas = (fake: FakeCanvas) => fake as unknown as HTMLCanvasElement;
