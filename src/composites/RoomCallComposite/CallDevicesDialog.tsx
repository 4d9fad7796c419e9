import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Option,
} from '@fluentui/react-components';
import type { AudioDeviceInfo, VideoDeviceInfo } from '@azure/communication-calling';
import type { CallAdapter, CallAdapterState } from '@azure/communication-react';
import { useState } from 'react';
import type { RoomsKitStrings } from '../../strings';

/** Props of {@link CallDevicesDialog}. */
export interface CallDevicesDialogProps {
  /** Whether the dialog is open. */
  open: boolean;
  /** Called when the user closes it (Close, Escape). */
  onClose: () => void;
  /** The call whose devices are chosen. */
  adapter: CallAdapter;
  /** The call's devices, as its state holds them. */
  devices: CallAdapterState['devices'];
  /** Whether the local user may turn the camera on: a camera is chosen only by someone who may use it. */
  cameraAllowed: boolean;
  /** The kit's strings. */
  strings: RoomsKitStrings;
  /** Class of the column of fields. @default undefined */
  fieldsClassName?: string;
  /**
   * The element that opened the dialog, to give the focus back to once it has closed: communication-react draws the
   * Devices button, so it cannot carry Fluent's restore-focus marker. @default undefined
   */
  returnFocusTo?: () => HTMLElement | null;
}

interface DeviceFieldProps<T extends AudioDeviceInfo | VideoDeviceInfo> {
  label: string;
  none: string;
  options: readonly T[];
  selected: T | undefined;
  choose: (device: T) => Promise<void>;
}

function DeviceField<T extends AudioDeviceInfo | VideoDeviceInfo>(props: DeviceFieldProps<T>): JSX.Element {
  const { label, none, options, selected, choose } = props;
  const empty = options.length === 0;
  return (
    <Field label={label}>
      <Dropdown
        disabled={empty}
        value={empty ? none : (selected?.name ?? '')}
        selectedOptions={selected ? [selected.id] : []}
        onOptionSelect={(_, data) => {
          const device = options.find((option) => option.id === data.optionValue);
          if (device) void choose(device);
        }}
      >
        {options.map((device) => (
          <Option key={device.id} value={device.id}>
            {device.name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/**
 * The call's devices, chosen during the call: microphone, speaker (where the browser lets a page choose one) and
 * camera. communication-react chooses them in its split buttons, which hold a button inside a button; the kit's
 * control bar has plain buttons and this dialog behind its Devices button. A change is made at once.
 *
 * @example
 * ```tsx
 * <CallDevicesDialog open={open} onClose={close} adapter={adapter} devices={state.devices} cameraAllowed strings={s} />
 * ```
 */
export function CallDevicesDialog(props: CallDevicesDialogProps): JSX.Element | null {
  // Fluent's dialog brings its focus guards into the page even while closed: it comes the first time it opens.
  const [wanted, setWanted] = useState(props.open);
  if (props.open && !wanted) setWanted(true);
  return wanted ? <DevicesDialog {...props} /> : null;
}

function DevicesDialog(props: CallDevicesDialogProps): JSX.Element {
  const { open, onClose, adapter, devices, cameraAllowed, strings, fieldsClassName, returnFocusTo } = props;
  const s = strings.roomCall.devices;
  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
      surfaceMotion={{
        onMotionFinish: (_, { direction }) => {
          if (direction === 'exit') returnFocusTo?.()?.focus();
        },
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{s.title}</DialogTitle>
          <DialogContent className={fieldsClassName}>
            <DeviceField
              label={s.microphone}
              none={s.none}
              options={devices.microphones}
              selected={devices.selectedMicrophone}
              choose={(device) => adapter.setMicrophone(device)}
            />
            {devices.isSpeakerSelectionAvailable && (
              <DeviceField
                label={s.speaker}
                none={s.none}
                options={devices.speakers}
                selected={devices.selectedSpeaker}
                choose={(device) => adapter.setSpeaker(device)}
              />
            )}
            {cameraAllowed && (
              <DeviceField
                label={s.camera}
                none={s.none}
                options={devices.cameras}
                selected={devices.selectedCamera}
                choose={(device) => adapter.setCamera(device)}
              />
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {strings.common.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
