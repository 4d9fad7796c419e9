import { ROLE_PICKER_AR } from './ar/rolePicker';
import { PEOPLE_PICKER_AR } from './ar/peoplePicker';
import { ROSTER_EDITOR_AR } from './ar/rosterEditor';
import { VALIDITY_SCHEDULER_AR } from './ar/validityScheduler';
import { ROOM_EDITOR_AR } from './ar/roomEditor';
import { ROOM_LIST_AR } from './ar/roomList';
import { ROOM_CALL_AR } from './ar/roomCall';
import { ROOM_ACTIVITY_AR } from './ar/roomActivity';
import { LOBBY_AR } from './ar/lobby';
import { ORGANISERS_AR } from './ar/organisers';
import { PARTICIPANTS_AR } from './ar/participants';
import type { RoomsKitStrings } from './types';

/** The kit's Arabic strings, complete, written right to left, with Arabic's six plural forms. */
export const AR_STRINGS: RoomsKitStrings = {
  common: {
    loading: 'جارٍ التحميل…',
    retry: 'إعادة المحاولة',
    cancel: 'إلغاء',
    save: 'حفظ',
    close: 'إغلاق',
    undo: 'تراجع',
    dismiss: 'تجاهل',
    clearSearch: 'مسح البحث',
    offline: 'أنت غير متصل بالإنترنت. ستتمكن من إجراء التغييرات مجددًا عند عودة الاتصال.',
  },
  organisers: ORGANISERS_AR,
  participants: PARTICIPANTS_AR,
  validity: {
    issues: {
      invalidDate: 'أدخل تاريخًا ووقتًا صالحين.',
      untilNotAfterFrom: 'يجب أن يكون وقت الانتهاء بعد وقت البدء.',
      untilInPast: 'وقت الانتهاء في الماضي. اختر وقتًا في المستقبل.',
      windowTooLong:
        'يمكن أن تبقى الغرفة مفتوحة {maxDays, plural, zero {# يوم} one {يومًا واحدًا} two {يومين} few {# أيام} many {# يومًا} other {# يوم}} على الأكثر.',
    },
    status: { scheduled: 'مجدولة', open: 'مفتوحة', ended: 'منتهية' },
  },
  identifiers: {
    empty: 'أدخل معرّفًا.',
    malformed: 'هذا ليس معرّف اتصالات صالحًا.',
    notCommunicationUser: 'لا يمكن دعوة أحد إلى غرفة إلا مستخدمي Azure Communication Services.',
    phoneNumber: 'لا يمكن دعوة أرقام الهواتف؛ ادعُ حساب الشخص بدلًا من ذلك.',
  },
  errors: {
    validation: 'لم تُقبل بعض القيم. تحقق من الحقول المميّزة.',
    notFound: 'هذه الغرفة لم تعد موجودة.',
    forbidden: 'غير مسموح لك بفعل هذا.',
    conflict: 'غيّر شخص آخر هذا في الوقت نفسه. أعد التحميل وحاول مرة أخرى.',
    network: 'تعذّر الوصول إلى الخدمة. تحقق من اتصالك وحاول مرة أخرى.',
    unavailable: 'الخدمة مشغولة أو غير متاحة. حاول مرة أخرى بعد قليل.',
    aborted: 'تم إلغاء الطلب.',
    unknown: 'حدث خطأ ما. حاول مرة أخرى.',
  },
  rolePicker: ROLE_PICKER_AR,
  peoplePicker: PEOPLE_PICKER_AR,
  rosterEditor: ROSTER_EDITOR_AR,
  validityScheduler: VALIDITY_SCHEDULER_AR,
  roomEditor: ROOM_EDITOR_AR,
  roomList: ROOM_LIST_AR,
  roomCall: ROOM_CALL_AR,
  roomActivity: ROOM_ACTIVITY_AR,
  lobby: LOBBY_AR,
};
