export { PeoplePicker } from './PeoplePicker';
export { usePeoplePicker } from './usePeoplePicker';
export { usePeoplePickerStyles, peoplePickerClassNames } from './usePeoplePickerStyles.styles';
export { renderPeoplePicker } from './renderPeoplePicker';
export {
  classifyPeopleInput,
  pastedLinesToText,
  withoutEntries,
  withoutPickedId,
  type CannotJoinKind,
  type ClassifiedPeopleInput,
  type InvalidPeopleEntry,
  type PeopleListEntry,
} from './classifyPeopleInput';
export { PEOPLE_PICKER_ADD_ALL } from './usePeoplePicker';
export type {
  PeoplePickerProps,
  PeoplePickerState,
  PeoplePickerClasses,
  PeoplePickerOptionState,
  PeoplePickerMessage,
  PeoplePickerInputKind,
} from './PeoplePicker.types';
