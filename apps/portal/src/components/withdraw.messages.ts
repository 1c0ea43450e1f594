import { defineMessages } from '@loket/i18n';

/** Withdrawing an application: what it means, the confirmation, and what happened afterwards. */
export const withdrawMessages = defineMessages({
  en: {
    heading: 'Withdraw the application',
    intro: 'If the worker will not come after all, withdraw the application. This cannot be undone.',
    button: 'Withdraw application',
    dialogTitle: 'Withdraw this application?',
    consequenceEnds:
      'Withdrawing ends the procedure for good. The services stop handling the application, no decision will be taken, and it cannot be reopened.',
    consequenceWorkGranted:
      'The work part was already granted, but it only counts together with the residence part: once you withdraw, there will be no combined permit and the worker cannot come to work on the basis of this application.',
    consequenceOpenRequest: 'The open request for more information is closed; you do not need to answer it.',
    consequenceNew: 'To employ this worker later you must start a new application.',
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
    heading: 'De aanvraag intrekken',
    intro: 'Komt de werknemer toch niet? Trek de aanvraag dan in. Dit kan niet ongedaan worden gemaakt.',
    button: 'Aanvraag intrekken',
    dialogTitle: 'Deze aanvraag intrekken?',
    consequenceEnds:
      'Met de intrekking eindigt de procedure definitief. De diensten behandelen de aanvraag niet verder, er wordt geen beslissing genomen en de aanvraag kan niet worden heropend.',
    consequenceWorkGranted:
      'Het luik arbeid werd al toegekend, maar het geldt alleen samen met het luik verblijf: na de intrekking komt er geen gecombineerde vergunning en kan de werknemer op basis van deze aanvraag niet komen werken.',
    consequenceOpenRequest:
      'De openstaande vraag om aanvulling wordt afgesloten; u hoeft ze niet te beantwoorden.',
    consequenceNew:
      'Wilt u deze werknemer later toch tewerkstellen, dan moet u een nieuwe aanvraag indienen.',
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
    heading: 'Retirer la demande',
    intro: 'Si le travailleur ne vient finalement pas, retirez la demande. Ce retrait est définitif.',
    button: 'Retirer la demande',
    dialogTitle: 'Retirer cette demande ?',
    consequenceEnds:
      'Le retrait met fin à la procédure de manière définitive. Les services cessent de traiter la demande, aucune décision ne sera prise et elle ne pourra pas être rouverte.',
    consequenceWorkGranted:
      'Le volet travail a déjà été accordé, mais il ne vaut qu’avec le volet séjour : après le retrait, il n’y aura pas de permis unique et le travailleur ne pourra pas venir travailler sur la base de cette demande.',
    consequenceOpenRequest: 'La demande de complément en cours est clôturée ; vous ne devez pas y répondre.',
    consequenceNew: 'Pour occuper ce travailleur plus tard, vous devrez introduire une nouvelle demande.',
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
    heading: 'Den Antrag zurückziehen',
    intro:
      'Wenn der Arbeitnehmer doch nicht kommt, ziehen Sie den Antrag zurück. Dies kann nicht rückgängig gemacht werden.',
    button: 'Antrag zurückziehen',
    dialogTitle: 'Diesen Antrag zurückziehen?',
    consequenceEnds:
      'Mit der Rücknahme endet das Verfahren endgültig. Die Dienststellen bearbeiten den Antrag nicht weiter, es wird keine Entscheidung getroffen, und er kann nicht wieder aufgenommen werden.',
    consequenceWorkGranted:
      'Der Teil Arbeit wurde bereits erteilt, gilt aber nur zusammen mit dem Teil Aufenthalt: Nach der Rücknahme gibt es keine kombinierte Erlaubnis, und der Arbeitnehmer kann auf Grundlage dieses Antrags nicht zur Arbeit kommen.',
    consequenceOpenRequest: 'Die offene Nachforderung wird geschlossen; Sie müssen sie nicht beantworten.',
    consequenceNew: 'Um diesen Arbeitnehmer später zu beschäftigen, müssen Sie einen neuen Antrag stellen.',
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
