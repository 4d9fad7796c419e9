import type { PeoplePickerStrings } from '../areas/peoplePicker';

/** French strings of PeoplePicker. */
export const PEOPLE_PICKER_FR: PeoplePickerStrings = {
  label: 'Ajouter des personnes',
  placeholder: 'Rechercher par nom ou coller un ID',
  searching: 'Recherche en cours…',
  noMatches: 'Personne ne correspond à « {query} ».',
  resultCount: '{count, plural, one {# personne trouvée} many {# de personnes trouvées} other {# personnes trouvées}}',
  alreadyInvited: 'Déjà invité',
  notInDirectory: 'Absent de l’annuaire · {id}',
  added: '{name} ajouté',
  identifierKinds: {
    microsoftTeamsUser: 'Il s’agit d’un utilisateur Microsoft Teams.',
    microsoftTeamsApp: 'Il s’agit d’une application Microsoft Teams.',
    teamsExtensionUser: 'Il s’agit d’un utilisateur d’extension Teams.',
  },
  invalidEntryOne: '« {entry} » : {reason}',
  invalidEntryOther:
    '{count, plural, one {# entrée n’est pas ajoutée} many {# d’entrées ne sont pas ajoutées} other {# entrées ne sont pas ajoutées}}, par exemple « {entry} » : {reason}',
  pastedShowing:
    'Affichage de {shown} sur {count, plural, one {# ID collé} many {# d’ID collés} other {# ID collés}}. Ajoutez-les pour voir les autres.',
  listShowing:
    'Recherche faite pour {shown} sur {count, plural, one {# entrée collée} many {# d’entrées collées} other {# entrées collées}}. Ajoutez-les pour rechercher les autres.',
  addAll:
    '{count, plural, one {Ajouter la personne listée} many {Ajouter les # de personnes listées} other {Ajouter les # personnes listées}}',
  addedMany: '{count, plural, one {# personne ajoutée} many {# de personnes ajoutées} other {# personnes ajoutées}}',
  listEntry: '« {entry} »',
  listNotFound: 'Personne dans l’annuaire ne correspond à {entries}. Ces entrées restent dans le champ.',
  listAmbiguous: 'Plusieurs personnes correspondent à {entries} : saisissez une plus grande partie du nom.',
};
