import type { ParticipantStrings } from '../areas/participants';

/** Arabic participant vocabulary. */
export const PARTICIPANTS_AR: ParticipantStrings = {
  roles: {
    Presenter: {
      name: 'مقدّم',
      inSentence: 'مقدّم',
      description: 'يمكنك التحدث وعرض الفيديو الخاص بك ومشاركة شاشتك، وأنت من يقرر من يشارك في المكالمة.',
    },
    Collaborator: {
      name: 'متعاون',
      inSentence: 'متعاون',
      description: 'يمكنك التحدث وعرض الفيديو الخاص بك ومشاركة شاشتك.',
    },
    Attendee: {
      name: 'حاضر',
      inSentence: 'حاضر',
      description: 'يمكنك التحدث وعرض الفيديو الخاص بك.',
    },
    Consumer: {
      name: 'مشاهد',
      inSentence: 'مشاهد',
      description: 'يمكنك المشاهدة والاستماع. يبقى الميكروفون والكاميرا مغلقين.',
    },
  },
  canDo: {
    audioVideo: 'تشغيل الكاميرا والميكروفون وإيقافهما',
    muteOthers: 'كتم صوت الآخرين',
    inviteParticipant: 'إدخال الأشخاص المدرجين في القائمة إلى المكالمة',
    removeParticipant: 'إزالة أشخاص من المكالمة',
    shareScreen: 'مشاركة شاشتك',
    pstnDialOut: 'الاتصال برقم هاتف',
    captions: 'تشغيل الترجمة المكتوبة',
    callView: 'رؤية جميع من في المكالمة وسماعهم',
    devices: 'اختيار الكاميرا والميكروفون',
    speakers: 'اختيار مكبّر الصوت',
    multiView: 'رؤية الفيديو في أكثر من مكان',
  },
  partly: '(فيديو الآخرين فقط)',
  unknownRole: 'غير معروف بعد',
};
