import type { RolePickerStrings } from '../areas/rolePicker';

/** French strings of RolePicker. */
export const ROLE_PICKER_FR: RolePickerStrings = {
  label: 'Rôle',
  canHeading: 'Peut',
  cannotHeading: 'Ne peut pas',
  summaryCan: 'Peut : {list}',
  summaryCannot: 'Ne peut pas : {list}',
  summarySeparator: ' · ',
  listSeparator: ', ',
  partly: '{group} (en partie)',
  remoteOnly: '{capability} (vidéo des autres seulement)',
  needsRoomSetting: '{capability} (si la salle l’autorise)',
  summaryGroups: {
    watchAndListen: 'regarder et écouter',
    audioVideo: 'parler et vidéo',
    shareScreen: 'partager l’écran',
    manageOthers: 'gérer les autres',
  },
  unavailable: 'Indisponible : {reason}',
  aboutRole: 'À propos du rôle {role}',
};
