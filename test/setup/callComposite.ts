/**
 * Stand-ins for the browser APIs communication-react and the calling SDK touch in jsdom, which has none of them.
 * Import this before anything that imports `@azure/communication-react` (the jsdom project resolves that package to
 * its CommonJS build; see vitest.config.ts). Real media behaviour is tested in Chromium by the stories.
 */

class MediaStreamStandIn {
  getTracks(): [] {
    return [];
  }
  getAudioTracks(): [] {
    return [];
  }
  getVideoTracks(): [] {
    return [];
  }
}

class AudioContextStandIn {
  readonly state = 'running';
  createGain(): { connect(): void; gain: { value: number } } {
    return { connect() {}, gain: { value: 1 } };
  }
  createBufferSource(): { connect(): void; start(): void; stop(): void; buffer: unknown } {
    return { connect() {}, start() {}, stop() {}, buffer: null };
  }
  decodeAudioData(): Promise<unknown> {
    return Promise.resolve(null);
  }
  resume(): Promise<void> {
    return Promise.resolve();
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

class ResizeObserverStandIn {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const globals = globalThis as Record<string, unknown>;
globals.MediaStream ??= MediaStreamStandIn;
globals.AudioContext ??= AudioContextStandIn;
globals.ResizeObserver ??= ResizeObserverStandIn;

// The configuration page measures SVG text; jsdom implements no SVG geometry.
const svgText = (globalThis as { SVGElement?: { prototype: object } }).SVGElement?.prototype as
  { getSubStringLength?: () => number; getComputedTextLength?: () => number } | undefined;
if (svgText) {
  svgText.getSubStringLength ??= () => 0;
  svgText.getComputedTextLength ??= () => 0;
}
