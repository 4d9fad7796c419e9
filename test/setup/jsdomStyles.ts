/**
 * Keeps only the CSS that jsdom can use. jsdom lays nothing out and paints nothing, yet every uncached
 * `getComputedStyle` matches the element and each of its ancestors against every rule in the document, and any DOM
 * change empties its cache. Griffel's atomic classes and Fluent's theme variables put well over a thousand rules into
 * a test file's document (they are never removed between tests), so each `getByRole`, `toBeVisible`, user-event
 * pointer check and axe run paid hundreds of milliseconds for colours, spacing and fonts that no jsdom assertion can
 * see.
 *
 * What jsdom tests do observe is whether something is shown: to Testing Library's accessibility tree and jest-dom
 * (`display`, `visibility`, `opacity`), to user-event (`pointer-events`) and to axe's visibility checks (also
 * `content-visibility` and the off-screen tests on `clip`, `clip-path`, `position`, `overflow`). Every rule that
 * sets one of those is inserted unchanged, so those answers are what the full stylesheet gives. Contrast, layout and
 * the theme are checked where they exist: in the Chromium story runs.
 */
const OBSERVED =
  /[{;]\s*(display|visibility|opacity|content-visibility|pointer-events|clip|clip-path|position|overflow(-[xy])?)\s*:/i;

const insertRule = CSSStyleSheet.prototype.insertRule;
CSSStyleSheet.prototype.insertRule = function insertObservedRule(rule: string, index?: number): number {
  // A rule jsdom cannot use is dropped; the index keeps callers that count rules (Griffel, Fluent) consistent.
  if (!OBSERVED.test(rule)) return index ?? this.cssRules.length;
  return insertRule.call(this, rule, index);
};
