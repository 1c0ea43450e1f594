import { defineMessages } from '@loket/i18n';

/** The decisions on an application's parts. */
export const decisionMessages = defineMessages({
  en: {
    heading: '{part}: {outcome}',
    none: 'No decision has been taken yet.',
    decidedOn: 'Decided on',
    grounds: 'Grounds',
    motivation: 'Motivation',
    noMotivation: '(none given)',
    appeal: 'Appeal',
    appealHint: 'You can appeal this decision. The decision letter explains how and by when.',
    downloadLetter: 'Download the decision letter',
    downloading: 'Downloading…',
    ofPart: ' of the {part}',
  },
  nl: {
    heading: '{part}: {outcome}',
    none: 'Er is nog geen beslissing genomen.',
    decidedOn: 'Beslist op',
    grounds: 'Gronden',
    motivation: 'Motivering',
    noMotivation: '(geen opgegeven)',
    appeal: 'Beroep',
    appealHint:
      'U kunt tegen deze beslissing in beroep gaan. De beslissingsbrief legt uit hoe en tegen wanneer.',
    downloadLetter: 'De beslissingsbrief downloaden',
    downloading: 'Bezig met downloaden…',
    ofPart: ' over het {part}',
  },
  fr: {
    heading: '{part} : {outcome}',
    none: 'Aucune décision n’a encore été prise.',
    decidedOn: 'Décidé le',
    grounds: 'Motifs',
    motivation: 'Motivation',
    noMotivation: '(aucune indiquée)',
    appeal: 'Recours',
    appealHint:
      'Vous pouvez introduire un recours contre cette décision. La lettre de décision explique comment et dans quel délai.',
    downloadLetter: 'Télécharger la lettre de décision',
    downloading: 'Téléchargement…',
    ofPart: ' sur le {part}',
  },
  de: {
    heading: '{part}: {outcome}',
    none: 'Es wurde noch keine Entscheidung getroffen.',
    decidedOn: 'Entschieden am',
    grounds: 'Gründe',
    motivation: 'Begründung',
    noMotivation: '(keine angegeben)',
    appeal: 'Rechtsbehelf',
    appealHint:
      'Sie können gegen diese Entscheidung Beschwerde einlegen. Der Entscheidungsbrief erklärt, wie und bis wann.',
    downloadLetter: 'Den Entscheidungsbrief herunterladen',
    downloading: 'Wird heruntergeladen…',
    ofPart: ' zum {part}',
  },
});
