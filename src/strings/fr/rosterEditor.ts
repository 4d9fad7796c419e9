import type { RosterEditorStrings } from '../areas/rosterEditor';

/** French strings of RosterEditor. */
export const ROSTER_EDITOR_FR: RosterEditorStrings = {
  title: 'Participants',
  titleWithCount: 'Participants ({count})',

  loadingProgress: 'Chargement des participants… {count} pour l’instant',
  loadFailed: 'Impossible de charger les participants.',
  saveFailed: 'Impossible d’enregistrer les modifications : {message} Vos modifications sont conservées.',
  rowFailed: 'Non enregistré',
  offlineWithChanges:
    'Vous êtes hors ligne. {count, plural, one {Votre modification non enregistrée est conservée et pourra être enregistrée} many {Vos # de modifications non enregistrées sont conservées et pourront être enregistrées} other {Vos # modifications non enregistrées sont conservées et pourront être enregistrées}} dès que vous serez de nouveau en ligne.',
  offlineNoChanges:
    'Vous êtes hors ligne. Les modifications pourront de nouveau être enregistrées au retour de la connexion.',

  empty: 'Personne n’est encore invité dans cette salle.',
  emptyHint: 'Recherchez des personnes par leur nom ci-dessus, ou collez une liste d’identifiants.',
  noMatches: 'Aucun participant ne correspond à ces filtres.',
  clearFilters: 'Effacer les filtres',

  addPersonLabel: 'Ajouter une personne',
  addPersonPlaceholder: 'Saisissez un nom ou collez un identifiant',
  addAsRole: 'Ajouter comme',
  bulkOpen: 'Coller ou déposer une liste',
  filterLabel: 'Filtrer les participants',
  filterPlaceholder: 'Filtrer par nom ou ID',
  roleFilterLabel: 'Rôle',
  allRoles: 'Tous les rôles',
  roleOption: '{role} ({count})',
  showIds: 'Afficher les ID',

  countsLabel: 'Participants par rôle',
  roleCount: '{role} : {count}',
  interactiveCount: 'Interactifs : {count} sur {limit}',
  interactiveLimitTitle: 'Trop de participants interactifs',
  interactiveLimitBody:
    '{count, plural, one {# participant peut} many {# de participants peuvent} other {# participants peuvent}} parler et montrer sa vidéo, mais un appel de salle en admet au plus {limit}. Donnez à certains d’entre eux le rôle {consumerRole}, qui permet seulement de regarder et d’écouter.',
  showing: '{shown} affichés sur {total}',

  selectColumn: 'Sélection',
  nameColumn: 'Nom',
  roleColumn: 'Rôle',
  actionsColumn: 'Actions',
  selectAllShown: 'Sélectionner tous les participants affichés',
  selectRow: 'Sélectionner {name}',
  roleOf: 'Rôle de {name}',
  removeRow: 'Retirer {name}',
  restoreRow: 'Rétablir {name}',
  unknownPerson: 'Absent de l’annuaire',
  changeAdded: 'Nouveau',
  changeRemoved: 'Retiré',
  changeRoleChanged: 'Avant : {role}',
  pending: 'Enregistrement…',
  keyboardHint:
    'Utilisez les flèches haut et bas pour passer d’un participant à l’autre, gauche et droite pour passer d’une commande à l’autre, Début et Fin pour aller au premier et au dernier.',

  selectedCount: '{count, plural, one {# sélectionné} many {# sélectionnés} other {# sélectionnés}}',
  changeRoleOfSelected: 'Changer le rôle de la sélection',
  removeSelected: 'Retirer la sélection',
  clearSelection: 'Effacer la sélection',

  unsavedChanges:
    '{count, plural, one {# modification non enregistrée} many {# de modifications non enregistrées} other {# modifications non enregistrées}}',
  reviewChanges: 'Vérifier les modifications',
  discardChanges: 'Abandonner les modifications',
  saveChanges: 'Enregistrer les modifications',
  saving: 'Enregistrement…',
  reviewTitle: 'Vérifier les modifications',
  reviewSummary: 'Ces modifications seront enregistrées dans la salle.',
  reviewAdded: 'Ajoutés ({count})',
  reviewRemoved: 'Retirés ({count})',
  reviewRoleChanged: 'Rôle modifié ({count})',
  reviewRoleChange: '{name} : {from} → {to}',
  reviewPerson: '{name} ({role})',
  reviewMore: '{count, plural, one {et # autre} many {et # d’autres} other {et # autres}}',
  reviewRequests:
    'L’enregistrement envoie {count, plural, one {# requête} many {# de requêtes} other {# requêtes}} au service.',

  addedOne: '{name} ajouté comme {role}.',
  addedMany:
    '{count, plural, one {# participant ajouté.} many {# de participants ajoutés.} other {# participants ajoutés.}}',
  removedOne: '{name} retiré.',
  removedMany:
    '{count, plural, one {# participant retiré.} many {# de participants retirés.} other {# participants retirés.}}',
  roleChangedOne: '{name} est désormais {role}.',
  roleChangedMany:
    'Rôle changé en {role} pour {count, plural, one {# participant} many {# de participants} other {# participants}}.',
  saved: 'Modifications enregistrées.',
  undone: 'Modification annulée.',
  rolledBack: 'Non enregistré : la liste est revenue à son état précédent. {message}',

  bulkTitle: 'Ajouter une liste de participants',
  bulkHelp:
    'Un identifiant par ligne, suivi éventuellement d’un rôle, séparé par une virgule, un point-virgule ou une tabulation (par exemple 8:acs:…,Presenter). Une ligne d’en-tête est acceptée.',
  bulkTextLabel: 'Identifiants et rôles',
  bulkDrop: 'Déposez ici un fichier .csv ou .txt, ou',
  bulkChooseFile: 'Choisir un fichier',
  bulkCheck: 'Vérifier la liste',
  bulkChecking: 'Vérification de la liste…',
  bulkApply:
    '{count, plural, one {Ajouter # entrée valide} many {Ajouter # d’entrées valides} other {Ajouter # entrées valides}}',
  bulkClose: 'Fermer la liste',
  bulkFileType: '{name} n’est pas un fichier .csv ou .txt.',
  bulkFileTooLarge: '{name} dépasse {size} Mo. Divisez-le en fichiers plus petits.',
  bulkFileUnreadable: 'Impossible de lire le fichier.',
  bulkTruncated:
    'La liste compte {total, plural, one {# ligne} many {# de lignes} other {# lignes}} ; seules les {read} premières ont été vérifiées. Ajoutez le reste dans une autre liste ensuite.',
  bulkSummary:
    '{added, plural, one {# ligne prête à ajouter} many {# de lignes prêtes à ajouter} other {# lignes prêtes à ajouter}}, {problems, plural, one {# ligne à problème} many {# de lignes à problème} other {# lignes à problème}}.',
  bulkReportLabel: 'Résultats de la vérification par ligne',
  bulkProblemsOnly: 'Afficher uniquement les lignes à problème',
  bulkLine: 'Ligne',
  bulkIdentifier: 'Identifiant',
  bulkRole: 'Rôle',
  bulkResult: 'Résultat',
  bulkAdded: 'Prête à ajouter',
  bulkInvalidIdentifier: 'Identifiant non valide',
  bulkNotCommunicationUser:
    'Pas un utilisateur de communication : seuls les utilisateurs ACS peuvent rejoindre une salle',
  bulkDuplicateRoster: 'Déjà dans la liste des participants',
  bulkDuplicateList: 'Répète la ligne {line}',
  bulkUnknownRole: 'Rôle inconnu « {role} »',
  bulkApplied:
    '{count, plural, one {# ligne ajoutée} many {# de lignes ajoutées} other {# lignes ajoutées}}. {problems, plural, one {# ligne à problème reste} many {# de lignes à problème restent} other {# lignes à problème restent}} dans le champ, à corriger.',
  bulkNothingValid: 'Aucune ligne ne peut être ajoutée. Corrigez les lignes ci-dessous et vérifiez de nouveau.',
  liveRoleChanged: '{name} est désormais {role} (modifié ailleurs).',
  liveAdded: '{name} a été ajouté comme {role} ailleurs.',
  liveRemoved: '{name} a été retiré ailleurs.',
  liveMany:
    '{count, plural, one {# modification a été faite ailleurs.} many {# de modifications ont été faites ailleurs.} other {# modifications ont été faites ailleurs.}}',
  conflictChanged: 'Modifié ailleurs : désormais {role}',
  conflictRemoved: 'Retiré ailleurs',
  conflictResolve: 'Régler la modification de {name}',
  conflictTakeTheirs: 'Prendre la leur ({value})',
  conflictKeepMine: 'Garder la mienne ({value})',
  conflictValueRemoved: 'retiré',
  conflictOne: '{name} a été modifié ailleurs pendant que vous le modifiiez : désormais {role}.',
  conflictOneRemoved: '{name} a été retiré ailleurs pendant que vous le modifiiez.',
  conflictMany:
    '{count, plural, one {# participant que vous modifiez a été modifié ailleurs.} many {# de participants que vous modifiez ont été modifiés ailleurs.} other {# participants que vous modifiez ont été modifiés ailleurs.}}',
  conflictTakeTheirsShort: 'Prendre la leur',
  conflictKeepMineShort: 'Garder la mienne',
  conflictTakeAllTheirs: 'Prendre les leurs pour tous',
  conflictKeepAllMine: 'Garder les miennes pour tous',
  conflictTookTheirs: '{name} : leur modification a été reprise.',
  conflictTookTheirsMany:
    '{count, plural, one {# participant : leur modification a été reprise.} many {# de participants : leurs modifications ont été reprises.} other {# participants : leurs modifications ont été reprises.}}',
  conflictKeptMine: '{name} : votre modification est conservée.',
  conflictKeptMineMany:
    '{count, plural, one {# participant : votre modification est conservée.} many {# de participants : vos modifications sont conservées.} other {# participants : vos modifications sont conservées.}}',
  deletedTitle: 'Cette salle a été supprimée.',
  deletedBody: 'Elle a été supprimée ailleurs : ses participants ne peuvent plus être modifiés.',
  deletedUnsaved:
    '{count, plural, one {Votre modification non enregistrée n’a pas pu être enregistrée.} many {Vos # de modifications non enregistrées n’ont pas pu être enregistrées.} other {Vos # modifications non enregistrées n’ont pas pu être enregistrées.}}',
  liveReloadFailed: 'Impossible de lire les modifications faites ailleurs : cette liste n’est peut-être plus à jour.',
};
