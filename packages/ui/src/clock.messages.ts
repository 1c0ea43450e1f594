import { defineMessages } from '@loket/i18n';

/** The legal decision period in words, for the applicant and the authorities. */
export const clockMessages = defineMessages({
  en: {
    daysLeft: '{count, plural, =0 {less than a day left} one {# day left} other {# days left}}',
    daysOverdue: '{count, plural, one {# day overdue} other {# days overdue}}',
    pausedForApplicant: 'Clock paused: waiting for your answer',
    pausedForAuthority: 'Clock paused: waiting for the applicant',
    due: 'Decision due by {date} ({left})',
    period: 'The legal decision period is {days} days from submission on {date}',
    periodExtended: 'The legal decision period is {days} days (extended once) from submission on {date}',
    pausedDays: ', plus {count, plural, one {# day} other {# days}} paused for supplement requests',
    standsStill:
      'It stands still while a supplement request is open; the deadline moves by the days it stays open.',
    statusPaused: 'Paused',
    statusOverdue: 'Overdue',
    statusDueSoon: 'Due soon',
    statusOnTime: 'On time',
    shortPaused: 'Paused: waiting for the applicant',
  },
  nl: {
    daysLeft: '{count, plural, =0 {minder dan een dag resterend} one {nog # dag} other {nog # dagen}}',
    daysOverdue: '{count, plural, one {# dag te laat} other {# dagen te laat}}',
    pausedForApplicant: 'Termijn opgeschort: we wachten op uw antwoord',
    pausedForAuthority: 'Termijn opgeschort: wachten op de aanvrager',
    due: 'Beslissing uiterlijk op {date} ({left})',
    period: 'De wettelijke beslissingstermijn is {days} dagen vanaf de indiening op {date}',
    periodExtended:
      'De wettelijke beslissingstermijn is {days} dagen (eenmaal verlengd) vanaf de indiening op {date}',
    pausedDays: ', plus {count, plural, one {# dag} other {# dagen}} opschorting voor vragen om aanvulling',
    standsStill:
      'De termijn staat stil zolang een vraag om aanvulling openstaat; de uiterste datum schuift op met het aantal dagen dat ze openstaat.',
    statusPaused: 'Opgeschort',
    statusOverdue: 'Termijn verstreken',
    statusDueSoon: 'Verstrijkt binnenkort',
    statusOnTime: 'Binnen de termijn',
    shortPaused: 'Opgeschort: wachten op de aanvrager',
  },
  fr: {
    daysLeft: '{count, plural, =0 {moins d’un jour restant} one {encore # jour} other {encore # jours}}',
    daysOverdue: '{count, plural, one {# jour de retard} other {# jours de retard}}',
    pausedForApplicant: 'Délai suspendu : en attente de votre réponse',
    pausedForAuthority: 'Délai suspendu : en attente du demandeur',
    due: 'Décision attendue au plus tard le {date} ({left})',
    period: 'Le délai légal de décision est de {days} jours à compter de l’introduction le {date}',
    periodExtended:
      'Le délai légal de décision est de {days} jours (prolongé une fois) à compter de l’introduction le {date}',
    pausedDays:
      ', plus {count, plural, one {# jour} other {# jours}} de suspension pour des demandes de complément',
    standsStill:
      'Il est suspendu tant qu’une demande de complément est ouverte ; l’échéance est reportée d’autant de jours.',
    statusPaused: 'Suspendu',
    statusOverdue: 'Délai dépassé',
    statusDueSoon: 'Échéance proche',
    statusOnTime: 'Dans les délais',
    shortPaused: 'Suspendu : en attente du demandeur',
  },
  de: {
    daysLeft: '{count, plural, =0 {weniger als ein Tag übrig} one {noch # Tag} other {noch # Tage}}',
    daysOverdue: '{count, plural, one {# Tag überfällig} other {# Tage überfällig}}',
    pausedForApplicant: 'Frist ausgesetzt: Wir warten auf Ihre Antwort',
    pausedForAuthority: 'Frist ausgesetzt: Warten auf den Antragsteller',
    due: 'Entscheidung spätestens am {date} ({left})',
    period: 'Die gesetzliche Entscheidungsfrist beträgt {days} Tage ab der Einreichung am {date}',
    periodExtended:
      'Die gesetzliche Entscheidungsfrist beträgt {days} Tage (einmal verlängert) ab der Einreichung am {date}',
    pausedDays: ', zuzüglich {count, plural, one {# Tag} other {# Tage}} Aussetzung für Nachforderungen',
    standsStill:
      'Sie steht still, solange eine Nachforderung offen ist; der Stichtag verschiebt sich um diese Tage.',
    statusPaused: 'Ausgesetzt',
    statusOverdue: 'Überfällig',
    statusDueSoon: 'Bald fällig',
    statusOnTime: 'Fristgerecht',
    shortPaused: 'Ausgesetzt: Warten auf den Antragsteller',
  },
});
