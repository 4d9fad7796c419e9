/**
 * communication-react 1.34's composite opens a new `AudioContext` each time it renders (a role change, a new width,
 * any changed prop) and closes only the one it opened first, when it goes. Every other one keeps an audio output
 * stream open for as long as the page lives; a few calls later the browser reports errors from the audio device, and
 * under React's StrictMode the one it does close is closed twice ("Cannot close a closed AudioContext").
 *
 * The kit mends this from outside: while the composite renders, `AudioContext` hands out one context per call (the
 * call's {@link CallAudioSlot}), the same one on every render, and a close of it is answered once. Outside those
 * renders the page's own `AudioContext` is in place, untouched. There is no option in communication-react to pass a
 * context in, and its provider that would skip the creation is private.
 */

/** The one audio context of one call on the page, opened when its composite first renders. */
export interface CallAudioSlot {
  context?: AudioContext;
}

type AudioContextClass = typeof AudioContext;
type AudioGlobals = { AudioContext?: AudioContextClass };

const globals = globalThis as AudioGlobals;

/** The page's own class, while a call's composite renders; undefined otherwise. */
let pageAudioContext: AudioContextClass | undefined;

function open(Page: AudioContextClass, options?: AudioContextOptions): AudioContext {
  const context = new Page(options);
  const close = context.close.bind(context);
  let closing: Promise<void> | undefined;
  // A second close (StrictMode runs the composite's clean-up twice) gets the first one's answer, not an error.
  context.close = () => (closing ??= close());
  return context;
}

/** Whether a slot's context is gone, so the next render needs a new one. */
const spent = (slot: CallAudioSlot): boolean => !slot.context || slot.context.state === 'closed';

/**
 * From here until {@link returnAudioContext}, `new AudioContext()` gives `slot`'s context (opening it the first
 * time). Given back by a microtask too, so no other code on the page meets the stand-in if React yields mid-render.
 */
export function lendAudioContext(slot: CallAudioSlot): void {
  const Page = pageAudioContext ?? globals.AudioContext;
  if (!Page) return;
  pageAudioContext = Page;
  function CallAudioContext(options?: AudioContextOptions): AudioContext {
    if (spent(slot)) slot.context = open(Page as AudioContextClass, options);
    return slot.context as AudioContext;
  }
  CallAudioContext.prototype = Page.prototype;
  globals.AudioContext = CallAudioContext as unknown as AudioContextClass;
  queueMicrotask(returnAudioContext);
}

/** Puts the page's own `AudioContext` back (nothing to do when it is in place). */
export function returnAudioContext(): void {
  if (pageAudioContext === undefined) return;
  globals.AudioContext = pageAudioContext;
  pageAudioContext = undefined;
}

/** Closes the slot's context when its call goes (the composite closes only the one it met first). */
export function closeCallAudio(slot: CallAudioSlot): void {
  if (!spent(slot)) void slot.context?.close();
  slot.context = undefined;
}
