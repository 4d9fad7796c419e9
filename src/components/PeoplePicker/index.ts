export { PeoplePicker } from './PeoplePicker';
export { usePeoplePicker } from './usePeoplePicker';
export { usePeoplePickerStyles, peoplePickerClassNames } from './usePeoplePickerStyles.styles';
export { renderPeoplePicker } from './renderPeoplePicker';
export {
  classifyPeopleInput,
  pastedLinesToText,
  withoutPickedId,
  type ClassifiedPeopleInput,
  type InvalidPeopleEntry,
} from './classifyPeopleInput';
export type {
  PeoplePickerProps,
  PeoplePickerState,
  PeoplePickerClasses,
  PeoplePickerOptionState,
  PeoplePickerMessage,
  PeoplePickerInputKind,
} from './PeoplePicker.types';
