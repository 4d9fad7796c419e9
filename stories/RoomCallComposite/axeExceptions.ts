/**
 * The axe rules communication-react 1.34's own call page breaks and the kit cannot mend from outside, each scoped by
 * selector to communication-react's elements so axe still checks everything else with every rule. Stories list
 * exactly the ones they need.
 */

/**
 * communication-react's microphone and camera buttons are split buttons: a `role="button"` element with a focusable
 * chevron button inside (`nested-interactive`). The kit cannot restructure them; the rule stays on for every other
 * element of the page.
 */
export const SPLIT_BUTTONS = {
  id: 'nested-interactive',
  selector: '*:not([data-ui-id="call-composite-microphone-button"]):not([data-ui-id="call-composite-camera-button"])',
};

/**
 * communication-react renders the floating local video tile in a Fluent v8 LayerHost marked `aria-hidden` that holds a
 * focusable modal (`aria-hidden-focus`). It appears wherever the local user has a video tile (not for Consumers). The
 * kit cannot change that host; the rule stays on for every other element.
 */
export const FLOATING_LOCAL_VIDEO = {
  id: 'aria-hidden-focus',
  selector: '[aria-hidden="true"]:not(.ms-LayerHost)',
};

/**
 * communication-react's German strings name its microphone and camera split buttons differently from their visible
 * labels (`label-content-name-mismatch`). Only German runs meet it; the rule stays on for every other element.
 */
export const GERMAN_SPLIT_BUTTON_NAMES = {
  id: 'label-content-name-mismatch',
  selector:
    '*:not([aria-describedby="microphoneButtonLabel-tooltip"]):not([aria-describedby="cameraButtonLabel-tooltip"])',
};

/**
 * With two calls on one page (a story device, never a real page), communication-react's captions region appears
 * twice under the same name (`landmark-unique`). The rule stays on for the kit's own landmarks and the story's.
 */
export const TWO_CALLS_ON_ONE_PAGE = {
  id: 'landmark-unique',
  selector: 'section, aside, .rk-RoomCallComposite *:not(.ms-Stack *)',
};

/**
 * communication-react's configuration page draws its title as an SVG carrying `aria-level` without a heading role on
 * the SVG itself (`aria-allowed-attr`). The rule stays on for every other element.
 */
export const CONFIGURATION_TITLE = { id: 'aria-allowed-attr', selector: '*:not(svg[aria-level])' };

/**
 * {@link FLOATING_LOCAL_VIDEO} together with the kit's one exception for Fluent's own menus, dialogs and toasts
 * (see the RoomList and RoomEditor stories): tabster, Fluent's focus manager, puts invisible
 * `<i data-tabster-dummy tabindex="0" aria-hidden>` guards around them that pass focus on, which axe reads as hidden
 * focusable content. Both are the same rule (`aria-hidden-focus`), and axe takes one selector per rule; it stays on
 * for every other element.
 */
export const FLOATING_LOCAL_VIDEO_AND_FOCUS_GUARDS = {
  id: 'aria-hidden-focus',
  selector: '[aria-hidden="true"]:not(.ms-LayerHost):not([data-tabster-dummy])',
};
