import { defineMessages } from '@loket/i18n';

/** Withdrawing an application: what it means, the confirmation, and what happened afterwards. */
export const withdrawMessages = defineMessages({
  en: {
    draft_discarded:
      'Nothing has been sent to the services yet. The draft is set aside and can no longer be submitted.',
    procedure_ends: 'The services stop handling the application, and no decision will be taken on it.',
    open_request_cancelled: 'The open request for more information is closed; you do not need to answer it.',
    granted_work_part_lapses:
      'The work part was already granted, but it only counts together with the residence part: once you withdraw, there will be no combined permit and the worker cannot come to work on the basis of this application.',
    new_application_needed: 'To employ this worker later you must start a new application.',
    irreversible: 'This cannot be undone: a withdrawn application cannot be reopened.',
    heading: 'Withdraw the application',
    intro: 'If the worker will not come after all, withdraw the application. This cannot be undone.',
    button: 'Withdraw application',
    dialogTitle: 'Withdraw this application?',
    reason: 'Reason (optional)',
    reasonHint: 'The services see your reason in the file’s history.',
    confirm: 'Confirm withdrawal',
    confirming: 'Withdrawing…',
    keep: 'Keep the application',
    done: 'The application was withdrawn.',
    doneDetail:
      'The services have stopped handling it and no decision will be taken. The file stays here to read.',
  },
  nl: {
    draft_discarded:
      'Er werd nog niets naar de diensten gestuurd. Het ontwerp wordt opzijgezet en kan niet meer worden ingediend.',
    procedure_ends:
      'De diensten behandelen de aanvraag niet verder en er wordt geen beslissing over genomen.',
    open_request_cancelled:
      'De openstaande vraag om aanvulling wordt afgesloten; u hoeft ze niet te beantwoorden.',
    granted_work_part_lapses:
      'Het luik arbeid werd al toegekend, maar het geldt alleen samen met het luik verblijf: na de intrekking komt er geen gecombineerde vergunning en kan de werknemer op basis van deze aanvraag niet komen werken.',
    new_application_needed:
      'Wilt u deze werknemer later toch tewerkstellen, dan moet u een nieuwe aanvraag indienen.',
    irreversible: 'Dit kan niet ongedaan worden gemaakt: een ingetrokken aanvraag kan niet worden heropend.',
    heading: 'De aanvraag intrekken',
    intro: 'Komt de werknemer toch niet? Trek de aanvraag dan in. Dit kan niet ongedaan worden gemaakt.',
    button: 'Aanvraag intrekken',
    dialogTitle: 'Deze aanvraag intrekken?',
    reason: 'Reden (niet verplicht)',
    reasonHint: 'De diensten zien uw reden in de dossiergeschiedenis.',
    confirm: 'Intrekking bevestigen',
    confirming: 'Bezig met intrekken…',
    keep: 'De aanvraag behouden',
    done: 'De aanvraag werd ingetrokken.',
    doneDetail:
      'De diensten behandelen ze niet verder en er wordt geen beslissing genomen. U kunt het dossier hier blijven raadplegen.',
  },
  fr: {
    draft_discarded:
      'Rien n’a encore été envoyé aux services. Le brouillon est mis de côté et ne pourra plus être introduit.',
    procedure_ends: 'Les services cessent de traiter la demande, et aucune décision ne sera prise.',
    open_request_cancelled: 'La demande de complément en cours est clôturée ; vous ne devez pas y répondre.',
    granted_work_part_lapses:
      'Le volet travail a déjà été accordé, mais il ne vaut qu’avec le volet séjour : après le retrait, il n’y aura pas de permis unique et le travailleur ne pourra pas venir travailler sur la base de cette demande.',
    new_application_needed:
      'Pour occuper ce travailleur plus tard, vous devrez introduire une nouvelle demande.',
    irreversible: 'Ce retrait est définitif : une demande retirée ne peut pas être rouverte.',
    heading: 'Retirer la demande',
    intro: 'Si le travailleur ne vient finalement pas, retirez la demande. Ce retrait est définitif.',
    button: 'Retirer la demande',
    dialogTitle: 'Retirer cette demande ?',
    reason: 'Motif (facultatif)',
    reasonHint: 'Les services voient votre motif dans l’historique du dossier.',
    confirm: 'Confirmer le retrait',
    confirming: 'Retrait en cours…',
    keep: 'Conserver la demande',
    done: 'La demande a été retirée.',
    doneDetail:
      'Les services ont cessé de la traiter et aucune décision ne sera prise. Le dossier reste consultable ici.',
  },
  de: {
    draft_discarded:
      'Es wurde noch nichts an die Dienststellen gesendet. Der Entwurf wird beiseitegelegt und kann nicht mehr eingereicht werden.',
    procedure_ends:
      'Die Dienststellen bearbeiten den Antrag nicht weiter, und es wird keine Entscheidung darüber getroffen.',
    open_request_cancelled: 'Die offene Nachforderung wird geschlossen; Sie müssen sie nicht beantworten.',
    granted_work_part_lapses:
      'Der Teil Arbeit wurde bereits erteilt, gilt aber nur zusammen mit dem Teil Aufenthalt: Nach der Rücknahme gibt es keine kombinierte Erlaubnis, und der Arbeitnehmer kann auf Grundlage dieses Antrags nicht zur Arbeit kommen.',
    new_application_needed:
      'Um diesen Arbeitnehmer später zu beschäftigen, müssen Sie einen neuen Antrag stellen.',
    irreversible:
      'Dies kann nicht rückgängig gemacht werden: Ein zurückgezogener Antrag kann nicht wieder aufgenommen werden.',
    heading: 'Den Antrag zurückziehen',
    intro:
      'Wenn der Arbeitnehmer doch nicht kommt, ziehen Sie den Antrag zurück. Dies kann nicht rückgängig gemacht werden.',
    button: 'Antrag zurückziehen',
    dialogTitle: 'Diesen Antrag zurückziehen?',
    reason: 'Grund (freiwillig)',
    reasonHint: 'Die Dienststellen sehen Ihren Grund im Verlauf der Akte.',
    confirm: 'Rücknahme bestätigen',
    confirming: 'Wird zurückgezogen…',
    keep: 'Den Antrag behalten',
    done: 'Der Antrag wurde zurückgezogen.',
    doneDetail:
      'Die Dienststellen bearbeiten ihn nicht weiter, und es wird keine Entscheidung getroffen. Die Akte bleibt hier einsehbar.',
  },
});
