import type { RolePickerStrings } from '../areas/rolePicker';

/** Arabic strings of RolePicker. */
export const ROLE_PICKER_AR: RolePickerStrings = {
  label: 'الدور',
  canHeading: 'يستطيع',
  cannotHeading: 'لا يستطيع',
  summaryCan: 'يستطيع: {list}',
  summaryCannot: 'لا يستطيع: {list}',
  summarySeparator: ' · ',
  listSeparator: '، ',
  partly: '{group} (جزئيًا)',
  remoteOnly: '{capability} (فيديو الآخرين فقط)',
  needsRoomSetting: '{capability} (عندما تسمح الغرفة بذلك)',
  summaryGroups: {
    watchAndListen: 'المشاهدة والاستماع',
    audioVideo: 'التحدث والفيديو',
    shareScreen: 'مشاركة الشاشة',
    manageOthers: 'إدارة الآخرين',
  },
  unavailable: 'غير متاح: {reason}',
  aboutRole: 'حول دور {role}',
};
