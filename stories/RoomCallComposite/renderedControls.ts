/**
 * Reads, from the rendered page, how each role-dependent control of the room call is shown — communication-react's
 * control bar and people pane, and the kit's people panel — so stories can assert the documentation's table.
 */
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { formatString } from '../../src/core/format';
import type { RoomsKitStrings } from '../../src/strings';

/** How a control is shown. */
export type ControlState = 'enabled' | 'disabled' | 'hidden';

/** The columns of the table the issue asks for. */
export interface RenderedControls {
  microphone: ControlState;
  camera: ControlState;
  screenShare: ControlState;
  raiseHand: ControlState;
  removeParticipant: ControlState;
  muteOthers: ControlState;
  peoplePanel: ControlState;
}

// communication-react marks its controls with these ids for its own tests; they do not change with the locale.
const UI = {
  microphone: 'call-composite-microphone-button',
  camera: 'call-composite-camera-button',
  screenShare: 'call-composite-screenshare-button',
  raiseHand: 'call-composite-raisehand-button',
  people: 'common-call-composite-people-button',
  participant: 'participant-item',
  remove: 'participant-list-remove-participant-button',
  mute: 'participant-item-mute-participant',
} as const;

function byUiId(root: HTMLElement, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-ui-id="${id}"]`);
}

/** Enabled, disabled (visible but refused) or hidden, as a user meets the element. */
export function stateOf(element: HTMLElement | null): ControlState {
  if (!element) return 'hidden';
  const disabled =
    element.getAttribute('aria-disabled') === 'true' ||
    (element instanceof HTMLButtonElement && element.disabled) ||
    element.hasAttribute('disabled');
  return disabled ? 'disabled' : 'enabled';
}

/**
 * The kit's own microphone and camera buttons, which stand in for communication-react's split buttons on the
 * desktop layout (the phone layout keeps communication-react's plain ones).
 */
const KIT_BUTTON = {
  microphone: 'button[id$="-microphone-button"]',
  camera: 'button[id$="-camera-button"]',
} as const;

/** The state of one of the control bar's buttons. */
export function barControl(
  root: HTMLElement,
  control: 'microphone' | 'camera' | 'screenShare' | 'raiseHand',
): ControlState {
  const kit = control === 'microphone' || control === 'camera' ? KIT_BUTTON[control] : undefined;
  return stateOf(byUiId(root, UI[control]) ?? (kit ? root.querySelector<HTMLElement>(kit) : null));
}

function agree(name: string, composite: ControlState, kit: ControlState): ControlState {
  // Both surfaces must tell the same story; a mismatch fails the story with both values.
  expect({ [name]: composite }).toEqual({ [name]: kit });
  return kit;
}

/**
 * Both surfaces offer the same: communication-react hides what it refuses, the kit keeps it visible and disabled with
 * its reason, so only "offered" must agree. The kit's state is the answer.
 */
function agreeOffered(name: string, composite: ControlState, kit: ControlState): ControlState {
  expect({ [name]: composite === 'enabled' }).toEqual({ [name]: kit === 'enabled' });
  return kit;
}

/**
 * Reads every control of the table: the control bar as it is, then removal and muting in communication-react's people
 * pane and in the kit's people panel (both must offer the same; the kit shows a refused one disabled), and whether
 * both people lists can be opened.
 */
export async function renderedControls(
  root: HTMLElement,
  strings: RoomsKitStrings,
  someoneSpeaking: string,
): Promise<RenderedControls> {
  const canvas = within(root);
  const s = strings.roomCall;
  const compositePeople = byUiId(root, UI.people);
  const kitPeople = canvas.getByRole('button', { name: s.peopleButton });
  const peoplePanel = agree('peoplePanel', stateOf(compositePeople), stateOf(kitPeople));

  // communication-react's people pane lists the menu of each remote participant (Consumers are left out of it).
  if (!compositePeople) throw new Error('communication-react rendered no people button');
  await userEvent.click(compositePeople);
  await waitFor(() => expect(root.querySelectorAll(`[data-ui-id="${UI.participant}"]`).length).toBeGreaterThan(1));
  const compositeRemove = root.querySelector(`[data-ui-id="${UI.remove}"]`) ? 'enabled' : 'hidden';
  const compositeMute = root.querySelector(`[data-ui-id="${UI.mute}"]`) ? 'enabled' : 'hidden';
  await userEvent.click(compositePeople);

  // The kit's people panel lists both in the person's actions menu.
  await userEvent.click(kitPeople);
  const panel = await canvas.findByRole('complementary', { name: s.peoplePanelTitle });
  const actions = within(panel).queryByRole('button', {
    name: formatString(s.moderation.actionsLabel, { name: someoneSpeaking }),
  });
  let kitRemove: ControlState = 'hidden';
  let kitMute: ControlState = 'hidden';
  if (actions) {
    await userEvent.click(actions);
    const menu = await within(document.body).findByRole('menu');
    kitRemove = stateOf(within(menu).queryByRole('menuitem', { name: s.moderation.removeFromCall }));
    kitMute = stateOf(within(menu).queryByRole('menuitem', { name: s.moderation.mute }));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('menu')).toBeNull());
  }
  await userEvent.click(kitPeople);

  return {
    microphone: barControl(root, 'microphone'),
    camera: barControl(root, 'camera'),
    screenShare: barControl(root, 'screenShare'),
    raiseHand: barControl(root, 'raiseHand'),
    removeParticipant: agreeOffered('removeParticipant', compositeRemove, kitRemove),
    muteOthers: agreeOffered('muteOthers', compositeMute, kitMute),
    peoplePanel,
  };
}
