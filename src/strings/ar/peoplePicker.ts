import type { PeoplePickerStrings } from '../areas/peoplePicker';

/** Arabic strings of PeoplePicker. */
export const PEOPLE_PICKER_AR: PeoplePickerStrings = {
  label: 'إضافة أشخاص',
  placeholder: 'ابحث بالاسم أو الصق معرّفًا',
  searching: 'جارٍ البحث…',
  noMatches: 'لا أحد يطابق «{query}».',
  resultCount:
    '{count, plural, zero {لم يُعثر على أي شخص} one {تم العثور على شخص واحد} two {تم العثور على شخصين} few {تم العثور على # أشخاص} many {تم العثور على # شخصًا} other {تم العثور على # شخص}}',
  alreadyInvited: 'مدعو بالفعل',
  notInDirectory: 'غير موجود في الدليل · {id}',
  added: 'تمت إضافة {name}',
  identifierKinds: {
    microsoftTeamsUser: 'هذا مستخدم في Microsoft Teams.',
    microsoftTeamsApp: 'هذا تطبيق في Microsoft Teams.',
    teamsExtensionUser: 'هذا مستخدم لملحق Teams.',
  },
  invalidEntryOne: '«{entry}»: {reason}',
  invalidEntryOther:
    '{count, plural, zero {لن يُضاف أي إدخال} one {لن يُضاف إدخال واحد} two {لن يُضاف إدخالان} few {لن تُضاف # إدخالات} many {لن يُضاف # إدخالًا} other {لن يُضاف # إدخال}}، مثل «{entry}»: {reason}',
  pastedShowing:
    'يُعرض {shown} من {count, plural, zero {# معرّف ملصق} one {معرّف ملصق واحد} two {معرّفين ملصقين} few {# معرّفات ملصقة} many {# معرّفًا ملصقًا} other {# معرّف ملصق}}. أضف هذه لرؤية البقية.',
  listShowing:
    'تم البحث عن {shown} من {count, plural, zero {# إدخال ملصق} one {إدخال ملصق واحد} two {إدخالين ملصقين} few {# إدخالات ملصقة} many {# إدخالًا ملصقًا} other {# إدخال ملصق}}. أضف هذه للبحث عن البقية.',
  addAll:
    '{count, plural, zero {لا أحد للإضافة} one {إضافة الشخص المدرج} two {إضافة الشخصين المدرجين} few {إضافة # أشخاص مدرجين} many {إضافة # شخصًا مدرجًا} other {إضافة # شخص مدرج}}',
  addedMany:
    '{count, plural, zero {لم تتم إضافة أي شخص} one {تمت إضافة شخص واحد} two {تمت إضافة شخصين} few {تمت إضافة # أشخاص} many {تمت إضافة # شخصًا} other {تمت إضافة # شخص}}',
  listEntry: '«{entry}»',
  listNotFound: 'لا أحد في الدليل يطابق {entries}. تبقى هذه الإدخالات في المربع.',
  listAmbiguous: 'يطابق {entries} عدة أشخاص: اكتب جزءًا أطول من الاسم.',
};
