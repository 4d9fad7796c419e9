import type { RosterEditorStrings } from '../areas/rosterEditor';

/** Arabic strings of RosterEditor. */
export const ROSTER_EDITOR_AR: RosterEditorStrings = {
  title: 'المشاركون',
  titleWithCount: 'المشاركون ({count})',

  loadingProgress: 'جارٍ تحميل المشاركين… {count} حتى الآن',
  loadFailed: 'تعذّر تحميل المشاركين.',
  saveFailed: 'تعذّر حفظ التغييرات: {message} تغييراتك محفوظة لديك.',
  rowFailed: 'لم يُحفظ',
  offlineWithChanges:
    'أنت غير متصل بالإنترنت. {count, plural, zero {لا توجد تغييرات غير محفوظة} one {سيُحتفظ بتغيير واحد غير محفوظ} two {سيُحتفظ بتغييرين غير محفوظين} few {سيُحتفظ بـ# تغييرات غير محفوظة} many {سيُحتفظ بـ# تغييرًا غير محفوظ} other {سيُحتفظ بـ# تغيير غير محفوظ}}، ويمكنك حفظها عند عودة الاتصال.',
  offlineNoChanges: 'أنت غير متصل بالإنترنت. يمكن حفظ التغييرات مرة أخرى عند عودة الاتصال.',

  empty: 'لم تتم دعوة أي شخص إلى هذه الغرفة بعد.',
  emptyHint: 'ابحث عن الأشخاص بالاسم في الأعلى، أو الصق قائمة من المعرّفات.',
  noMatches: 'لا يوجد مشارك يطابق عوامل التصفية هذه.',
  clearFilters: 'مسح عوامل التصفية',

  addPersonLabel: 'إضافة شخص',
  addPersonPlaceholder: 'اكتب اسمًا أو الصق معرّفًا',
  addAsRole: 'الإضافة بدور',
  bulkOpen: 'لصق قائمة أو إفلاتها',
  filterLabel: 'تصفية المشاركين',
  filterPlaceholder: 'التصفية بالاسم أو المعرّف',
  roleFilterLabel: 'الدور',
  allRoles: 'كل الأدوار',
  roleOption: '{role} ({count})',
  showIds: 'إظهار المعرّفات',

  countsLabel: 'المشاركون حسب الدور',
  roleCount: '{role}: {count}',
  interactiveCount: 'التفاعليون: {count} من {limit}',
  interactiveLimitTitle: 'عدد المشاركين التفاعليين كبير جدًا',
  interactiveLimitBody:
    '{count, plural, zero {لا يوجد مشارك يمكنه} one {يمكن لمشارك واحد} two {يمكن لمشاركَين اثنين} few {يمكن لـ# مشاركين} many {يمكن لـ# مشاركًا} other {يمكن لـ# مشارك}} التحدث وعرض الفيديو، لكن مكالمة الغرفة لا تقبل أكثر من {limit}. امنح بعضهم دور {consumerRole} الذي يقتصر على المشاهدة والاستماع.',
  showing: 'عرض {shown} من {total}',

  selectColumn: 'التحديد',
  nameColumn: 'الاسم',
  roleColumn: 'الدور',
  actionsColumn: 'الإجراءات',
  selectAllShown: 'تحديد كل المشاركين المعروضين',
  selectRow: 'تحديد {name}',
  roleOf: 'دور {name}',
  removeRow: 'إزالة {name}',
  restoreRow: 'استعادة {name}',
  unknownPerson: 'غير موجود في الدليل',
  changeAdded: 'جديد',
  changeRemoved: 'مُزال',
  changeRoleChanged: 'كان {role}',
  pending: 'جارٍ الحفظ…',
  keyboardHint:
    'استخدم مفتاحَي السهم لأعلى ولأسفل للتنقل بين المشاركين، والسهمين الأيمن والأيسر للتنقل بين عناصر التحكم، وHome وEnd للانتقال إلى الأول والأخير.',

  selectedCount:
    '{count, plural, zero {لم يُحدَّد أحد} one {تم تحديد واحد} two {تم تحديد اثنين} few {تم تحديد #} many {تم تحديد #} other {تم تحديد #}}',
  changeRoleOfSelected: 'تغيير دور المحدَّدين',
  removeSelected: 'إزالة المحدَّدين',
  clearSelection: 'مسح التحديد',

  unsavedChanges:
    '{count, plural, zero {لا توجد تغييرات غير محفوظة} one {تغيير واحد غير محفوظ} two {تغييران غير محفوظين} few {# تغييرات غير محفوظة} many {# تغييرًا غير محفوظ} other {# تغيير غير محفوظ}}',
  reviewChanges: 'مراجعة التغييرات',
  discardChanges: 'تجاهل التغييرات',
  saveChanges: 'حفظ التغييرات',
  saving: 'جارٍ الحفظ…',
  reviewTitle: 'مراجعة التغييرات',
  reviewSummary: 'ستُحفظ هذه التغييرات في الغرفة.',
  reviewAdded: 'المضافون ({count})',
  reviewRemoved: 'المُزالون ({count})',
  reviewRoleChanged: 'تغيّر دورهم ({count})',
  reviewRoleChange: '{name}: {from} ← {to}',
  reviewPerson: '{name} ({role})',
  reviewMore:
    '{count, plural, zero {ولا أحد غيرهم} one {وشخص آخر} two {وشخصان آخران} few {و# أشخاص آخرين} many {و# شخصًا آخر} other {و# شخص آخر}}',
  reviewRequests:
    'يرسل الحفظ {count, plural, zero {صفر طلبات} one {طلبًا واحدًا} two {طلبين} few {# طلبات} many {# طلبًا} other {# طلب}} إلى الخدمة.',

  addedOne: 'تمت إضافة {name} بدور {role}.',
  addedMany:
    '{count, plural, zero {لم تتم إضافة أي مشارك.} one {تمت إضافة مشارك واحد.} two {تمت إضافة مشاركَين.} few {تمت إضافة # مشاركين.} many {تمت إضافة # مشاركًا.} other {تمت إضافة # مشارك.}}',
  removedOne: 'تمت إزالة {name}.',
  removedMany:
    '{count, plural, zero {لم تتم إزالة أي مشارك.} one {تمت إزالة مشارك واحد.} two {تمت إزالة مشاركَين.} few {تمت إزالة # مشاركين.} many {تمت إزالة # مشاركًا.} other {تمت إزالة # مشارك.}}',
  roleChangedOne: 'أصبح {name} الآن بدور {role}.',
  roleChangedMany:
    'تغيّر الدور إلى {role} لـ{count, plural, zero {لا أحد} one {مشارك واحد} two {مشاركَين} few {# مشاركين} many {# مشاركًا} other {# مشارك}}.',
  saved: 'تم حفظ التغييرات.',
  undone: 'تم التراجع عن التغيير.',
  rolledBack: 'لم يُحفظ، لذا عادت القائمة كما كانت: {message}',

  bulkTitle: 'إضافة قائمة من المشاركين',
  bulkHelp:
    'معرّف واحد في كل سطر، يليه دور اختياريًا، مفصولًا بفاصلة أو فاصلة منقوطة أو علامة جدولة (مثلًا 8:acs:…,Presenter). يمكن أن يكون السطر الأول عناوين أعمدة.',
  bulkTextLabel: 'المعرّفات والأدوار',
  bulkDrop: 'أفلت هنا ملف \u200e.csv أو \u200e.txt، أو',
  bulkChooseFile: 'اختيار ملف',
  bulkCheck: 'فحص القائمة',
  bulkChecking: 'جارٍ فحص القائمة…',
  bulkApply:
    '{count, plural, zero {لا يوجد صالح للإضافة} one {إضافة صف صالح واحد} two {إضافة صفين صالحين} few {إضافة # صفوف صالحة} many {إضافة # صفًا صالحًا} other {إضافة # صف صالح}}',
  bulkClose: 'إغلاق القائمة',
  bulkFileType: 'الملف {name} ليس ملف \u200e.csv أو \u200e.txt.',
  bulkFileTooLarge: 'حجم الملف {name} أكبر من {size} ميغابايت. قسّمه إلى ملفات أصغر.',
  bulkFileUnreadable: 'تعذّرت قراءة الملف.',
  bulkTruncated:
    'تحتوي القائمة على {total, plural, zero {# صف} one {صف واحد} two {صفين} few {# صفوف} many {# صفًا} other {# صف}}؛ ولم يُفحص إلا أول {read}. أضف الباقي في قائمة أخرى بعد ذلك.',
  bulkSummary:
    '{added, plural, zero {لا صف جاهز للإضافة} one {صف واحد جاهز للإضافة} two {صفان جاهزان للإضافة} few {# صفوف جاهزة للإضافة} many {# صفًا جاهزًا للإضافة} other {# صف جاهز للإضافة}}، و{problems, plural, zero {لا صف فيه مشكلات} one {صف واحد فيه مشكلات} two {صفان فيهما مشكلات} few {# صفوف فيها مشكلات} many {# صفًا فيه مشكلات} other {# صف فيه مشكلات}}.',
  bulkReportLabel: 'نتائج الفحص حسب السطر',
  bulkProblemsOnly: 'إظهار الصفوف التي فيها مشكلات فقط',
  bulkLine: 'السطر',
  bulkIdentifier: 'المعرّف',
  bulkRole: 'الدور',
  bulkResult: 'النتيجة',
  bulkAdded: 'جاهز للإضافة',
  bulkInvalidIdentifier: 'معرّف غير صالح',
  bulkNotCommunicationUser: 'ليس مستخدم اتصالات: يمكن لمستخدمي ACS فقط الانضمام إلى غرفة',
  bulkDuplicateRoster: 'موجود بالفعل في قائمة المشاركين',
  bulkDuplicateList: 'يكرر السطر {line}',
  bulkUnknownRole: 'دور غير معروف «{role}»',
  bulkApplied:
    '{count, plural, zero {لم يُضف أي صف} one {أُضيف صف واحد} two {أُضيف صفان} few {أُضيفت # صفوف} many {أُضيف # صفًا} other {أُضيف # صف}}. {problems, plural, zero {لا توجد صفوف فيها مشكلات} one {بقي الصف الذي فيه مشكلات} two {بقي الصفان اللذان فيهما مشكلات} few {بقيت الصفوف الـ# التي فيها مشكلات} many {بقي الـ# صفًا التي فيها مشكلات} other {بقي الـ# صف التي فيها مشكلات}} في المربع لتصحيحها.',
  bulkNothingValid: 'لا يمكن إضافة أي صف. صحّح الصفوف المدرجة أدناه وافحص مرة أخرى.',
  liveRoleChanged: 'أصبح {name} الآن بدور {role} (تغيّر من مكان آخر).',
  liveAdded: 'تمت إضافة {name} بدور {role} من مكان آخر.',
  liveRemoved: 'تمت إزالة {name} من مكان آخر.',
  liveMany:
    '{count, plural, zero {لم تُجرَ أي تغييرات من مكان آخر.} one {أُجري تغيير واحد من مكان آخر.} two {أُجري تغييران من مكان آخر.} few {أُجريت # تغييرات من مكان آخر.} many {أُجري # تغييرًا من مكان آخر.} other {أُجري # تغيير من مكان آخر.}}',
  conflictChanged: 'تغيّر من مكان آخر: الآن {role}',
  conflictRemoved: 'أُزيل من مكان آخر',
  conflictResolve: 'حسم التغيير على {name}',
  conflictTakeTheirs: 'اعتماد تغييرهم ({value})',
  conflictKeepMine: 'إبقاء تغييري ({value})',
  conflictValueRemoved: 'مُزال',
  conflictOne: 'تغيّر {name} من مكان آخر أثناء تعديلك: الآن بدور {role}.',
  conflictOneRemoved: 'أُزيل {name} من مكان آخر أثناء تعديلك.',
  conflictMany:
    '{count, plural, zero {لم يتغيّر أي مشارك تعدّله من مكان آخر.} one {تغيّر مشارك واحد تعدّله من مكان آخر.} two {تغيّر مشاركان تعدّلهما من مكان آخر.} few {تغيّر # مشاركين تعدّلهم من مكان آخر.} many {تغيّر # مشاركًا تعدّلهم من مكان آخر.} other {تغيّر # مشارك تعدّلهم من مكان آخر.}}',
  conflictTakeTheirsShort: 'اعتماد تغييرهم',
  conflictKeepMineShort: 'إبقاء تغييري',
  conflictTakeAllTheirs: 'اعتماد تغييراتهم للجميع',
  conflictKeepAllMine: 'إبقاء تغييراتي للجميع',
  conflictTookTheirs: '{name}: تم اعتماد تغييرهم.',
  conflictTookTheirsMany:
    '{count, plural, zero {لا مشاركين: لم يُعتمد أي تغيير.} one {مشارك واحد: تم اعتماد تغييرهم.} two {مشاركان: تم اعتماد تغييراتهم.} few {# مشاركين: تم اعتماد تغييراتهم.} many {# مشاركًا: تم اعتماد تغييراتهم.} other {# مشارك: تم اعتماد تغييراتهم.}}',
  conflictKeptMine: '{name}: تم إبقاء تغييرك.',
  conflictKeptMineMany:
    '{count, plural, zero {لا مشاركين: لم يُبقَ أي تغيير.} one {مشارك واحد: تم إبقاء تغييرك.} two {مشاركان: تم إبقاء تغييراتك.} few {# مشاركين: تم إبقاء تغييراتك.} many {# مشاركًا: تم إبقاء تغييراتك.} other {# مشارك: تم إبقاء تغييراتك.}}',
  deletedTitle: 'حُذفت هذه الغرفة.',
  deletedBody: 'حُذفت من مكان آخر، لذا لم يعد بالإمكان تغيير مشاركيها.',
  deletedUnsaved:
    '{count, plural, zero {لم تكن لديك تغييرات غير محفوظة.} one {تعذّر حفظ تغييرك غير المحفوظ.} two {تعذّر حفظ تغييريك غير المحفوظين.} few {تعذّر حفظ تغييراتك الـ# غير المحفوظة.} many {تعذّر حفظ تغييراتك غير المحفوظة وعددها #.} other {تعذّر حفظ تغييراتك غير المحفوظة وعددها #.}}',
  liveReloadFailed: 'تعذّرت قراءة التغييرات التي أُجريت من مكان آخر، لذا قد لا تكون هذه القائمة محدّثة.',
};
