import { defineMessages } from '@loket/i18n';

/** The guided application: its frame, its steps, the review and the confirmation. */
export const wizardMessages = defineMessages({
  en: {
    newApplication: 'New application',
    applicationReference: 'Application {reference}',
    stepOf: 'Step {current} of {total}',
    stepsLabel: 'Steps of the application',
    currentStep: '(current step)',
    step_employer: 'Employer and place of employment',
    step_category: 'Category',
    step_worker: 'Worker',
    step_job: 'Job and salary',
    step_documents: 'Documents',
    step_review: 'Check and submit',
    status_done: 'Completed',
    status_in_progress: 'In progress',
    status_not_started: 'Not started',
    back: 'Back',
    saveAndContinue: 'Save and continue',
    saveForLater: 'Save and come back later',
    saving: 'Saving…',
    savedForLater:
      'Your answers were saved. You can close this page and continue later, on this or another device.',
    toReview: 'Continue to check your answers',
    backToApplications: 'Back to my applications',
    loadingApplication: 'Loading the application…',
    loadingEmployers: 'Loading your employers…',
    reloadAfterConflict: 'Reload the application (what you typed on this step is lost)',
    overviewIntro:
      'Fill in the application step by step. Your answers are saved at every step, so you can stop and continue later, on any device.',
    continueDraft: 'Continue where you left off',

    employerIntro:
      'Choose the employer you apply for and the place where the worker will work. The place of employment decides which regional service handles the work part.',
    employer: 'Employer',
    employerHint: 'The employers your account may apply for.',
    chooseEmployer: 'Choose the employer',
    employerFixed:
      'An application stays with its employer. To apply for another employer, start a new application.',
    place: 'Place of employment',
    choosePlace: 'Choose the place of employment',
    chooseEmployerFirst: 'Choose the employer first.',
    noUnits: '{employer} has no establishment unit registered, so no place of employment can be chosen.',
    noEmployers:
      'Your account does not act for any employer yet, so you cannot start an application. Ask the employer to mandate you, then come back.',
    placeRegion: 'Region',
    placeProvince: 'Province',
    placeService: 'The work part is handled by the regional service of {region}.',
    letterLanguage: 'Language of e-mails and decision letters',
    letterLanguageDefault: 'The language of the region ({language})',
    letterLanguageRegionFirst: 'The language of the region',
    letterLanguageHint:
      'Without a choice, Loket writes in the language of the region of the place of employment.',

    categoryLegend: 'Which category does the job belong to?',
    categoryHint:
      'The category decides the conditions and the documents needed. Each one is explained under its name.',

    workerIntro: 'The worker’s details as on the passport.',
    givenName: 'Given name',
    familyName: 'Family name',
    birthDate: 'Date of birth',
    sex: 'Sex (as on the passport)',
    choose: 'Choose',
    nationality: 'Nationality',
    nationalityHint: 'Two-letter country code, for example IN for India or BR for Brazil.',
    situation: 'Situation of the worker',
    situationHint:
      'Where the worker is now. It decides some of the documents and, for some categories, whether the application can be granted.',

    jobTitle: 'Job title',
    occupationCode: 'Function code (ISCO-08)',
    occupationHint:
      'Four digits from the international classification of occupations, for example 7212 for a welder.',
    shortageOccupation: 'Function on the shortage occupation list of {region}',
    shortageHint: 'The list in force since {date}.',
    otherOccupation: 'Another function (enter its code below)',
    salary: 'Gross annual salary (EUR)',
    salaryHint: 'In whole euros, for example 45000.',
    salaryThreshold:
      'For this category in {region} the minimum is {amount} a year (amounts in force since {date}).',
    salaryThresholdYoung:
      'For this category in {region} the minimum for a worker under {age} is {amount} a year (amounts in force since {date}).',

    documentsIntro:
      'The documents the category asks for, and which of them are there. The list follows the category and where the worker is now.',
    checklistHeading: 'Documents for this category',
    noCategoryYet: 'Choose the category first: the documents it needs are then listed here.',
    toCategory: 'Choose the category',
    allUploaded: 'All required documents are uploaded.',
    missingCount:
      '{count, plural, one {# required document is still missing.} other {# required documents are still missing.}}',
    uploadedHeading: 'Uploaded documents',
    documentsCount: '{uploaded} of {required} required documents uploaded',

    reviewIntro: 'Check what you entered. You can change anything until you submit.',
    change: 'Change',
    notGiven: 'Not given',
    todoHeading: 'Still to do before you can submit',
    submitHeading: 'Submit the application',
    submitTo:
      'When you submit, the application goes to the regional service of {region}. You can no longer change it after that, but you can still withdraw it.',
    submitToUnknown:
      'When you submit, the application goes to the competent regional service. You can no longer change it after that, but you can still withdraw it.',
    submit: 'Submit application',
    submitting: 'Submitting…',

    warningsHeading: 'Please check before you submit',
    warningsIntro: 'These are common reasons for a refusal. You can still submit: the service decides.',
    warningLabel: 'Warning:',
    warn_salary:
      'The salary of {salary} is below the minimum of {threshold} a year for the category “{category}” in {region} (amounts in force since {date}). The work part will probably be refused for this reason.',
    warn_salary_young:
      'The salary of {salary} is below the minimum of {threshold} a year for a worker under {age} in the category “{category}” in {region} (amounts in force since {date}). The work part will probably be refused for this reason.',
    warn_occupation:
      'Function {code} is not on the shortage occupation list of {region} (list in force since {date}). As a shortage occupation the application will probably be refused; check the code or the category.',
    warn_presence:
      'The worker is already in Belgium ({situation}). For the category “{category}” in {region} the worker must still be abroad when the employer applies, so the work part will probably be refused.',
    fixThis: 'Change this',

    submittedTitle: 'Application submitted',
    submittedNotice: 'Your application was submitted.',
    stateNow: 'Where it stands now:',
    submittedReference: 'Your reference is {reference}. Mention it when you contact a service.',
    nextHeading: 'What happens next',
    nextCheck: 'The regional service of {region} checks whether the application is complete and admissible.',
    nextCheckUnknown:
      'The competent regional service checks whether the application is complete and admissible.',
    nextSupplement:
      'If something is missing, you get an e-mail and a task on the application’s page. The decision period stands still until you answer.',
    nextResidence: 'Once the work part is granted, the Immigration Office assesses the residence part.',
    followApplication: 'Follow the application',

    req_employer: 'Choose the employer you apply for.',
    req_establishmentUnitId: 'Choose the place where the worker will work.',
    req_category: 'Choose the category.',
    req_givenName: 'Enter the worker’s given name.',
    req_familyName: 'Enter the worker’s family name.',
    req_birthDate: 'Enter the worker’s date of birth.',
    req_sex: 'Choose the worker’s sex as on the passport.',
    req_nationality: 'Enter the worker’s nationality.',
    req_situation: 'Choose where the worker is now.',
    req_jobTitle: 'Enter the job title.',
    req_grossAnnualSalaryEur: 'Enter the gross annual salary.',
    err_salary_number: 'Give the gross annual salary in whole euros, digits only, for example 45000.',
    err_salary_max: 'The gross annual salary cannot be more than {max}.',
    err_birthDate: 'Give the date of birth as a real date.',
    err_birthDate_past: 'The date of birth must be in the past.',
    err_nationality: 'Give the nationality as a two-letter country code, for example IN for India.',
    err_occupation: 'Give the function code as four digits, for example 7212.',
    err_tooLong: '{field} can be at most {max} characters long.',
    err_choice: 'Choose one of the options for “{field}”.',
    err_invalid: '“{field}” is not valid.',
    uploadDocument: 'Upload the {document}.',
  },
  nl: {
    newApplication: 'Nieuwe aanvraag',
    applicationReference: 'Aanvraag {reference}',
    stepOf: 'Stap {current} van {total}',
    stepsLabel: 'Stappen van de aanvraag',
    currentStep: '(huidige stap)',
    step_employer: 'Werkgever en plaats van tewerkstelling',
    step_category: 'Categorie',
    step_worker: 'Werknemer',
    step_job: 'Functie en loon',
    step_documents: 'Documenten',
    step_review: 'Nakijken en indienen',
    status_done: 'Klaar',
    status_in_progress: 'Bezig',
    status_not_started: 'Nog niet begonnen',
    back: 'Terug',
    saveAndContinue: 'Opslaan en verder',
    saveForLater: 'Opslaan en later verdergaan',
    saving: 'Bezig met opslaan…',
    savedForLater:
      'Uw antwoorden zijn opgeslagen. U kunt deze pagina sluiten en later verdergaan, op dit of op een ander toestel.',
    toReview: 'Verder naar het nakijken',
    backToApplications: 'Terug naar mijn aanvragen',
    loadingApplication: 'De aanvraag wordt geladen…',
    loadingEmployers: 'Uw werkgevers worden geladen…',
    reloadAfterConflict: 'De aanvraag opnieuw laden (wat u in deze stap hebt getypt, gaat verloren)',
    overviewIntro:
      'Vul de aanvraag stap voor stap in. Uw antwoorden worden bij elke stap opgeslagen, zodat u kunt stoppen en later verdergaan, op elk toestel.',
    continueDraft: 'Verdergaan waar u gebleven was',

    employerIntro:
      'Kies de werkgever voor wie u de aanvraag indient en de plaats waar de werknemer zal werken. De plaats van tewerkstelling bepaalt welke gewestelijke dienst het luik arbeid behandelt.',
    employer: 'Werkgever',
    employerHint: 'De werkgevers voor wie uw account een aanvraag mag indienen.',
    chooseEmployer: 'Kies de werkgever',
    employerFixed:
      'Een aanvraag blijft bij haar werkgever. Wilt u een aanvraag indienen voor een andere werkgever, begin dan een nieuwe aanvraag.',
    place: 'Plaats van tewerkstelling',
    choosePlace: 'Kies de plaats van tewerkstelling',
    chooseEmployerFirst: 'Kies eerst de werkgever.',
    noUnits:
      'Voor {employer} is geen vestigingseenheid geregistreerd, dus er kan geen plaats van tewerkstelling worden gekozen.',
    noEmployers:
      'Uw account treedt nog voor geen enkele werkgever op, dus u kunt geen aanvraag beginnen. Vraag de werkgever om u te mandateren en kom dan terug.',
    placeRegion: 'Gewest',
    placeProvince: 'Provincie',
    placeService: 'Het luik arbeid wordt behandeld door de gewestelijke dienst van {region}.',
    letterLanguage: 'Taal van de e-mails en beslissingsbrieven',
    letterLanguageDefault: 'De taal van het gewest ({language})',
    letterLanguageRegionFirst: 'De taal van het gewest',
    letterLanguageHint:
      'Zonder keuze schrijft Loket in de taal van het gewest van de plaats van tewerkstelling.',

    categoryLegend: 'Tot welke categorie behoort de functie?',
    categoryHint:
      'De categorie bepaalt de voorwaarden en de nodige documenten. Onder elke naam staat een korte uitleg.',

    workerIntro: 'De gegevens van de werknemer zoals in het paspoort.',
    givenName: 'Voornaam',
    familyName: 'Familienaam',
    birthDate: 'Geboortedatum',
    sex: 'Geslacht (zoals in het paspoort)',
    choose: 'Kies',
    nationality: 'Nationaliteit',
    nationalityHint: 'Landcode van twee letters, bijvoorbeeld IN voor India of BR voor Brazilië.',
    situation: 'Situatie van de werknemer',
    situationHint:
      'Waar de werknemer nu is. Dat bepaalt een deel van de documenten en, voor sommige categorieën, of de aanvraag kan worden toegekend.',

    jobTitle: 'Functietitel',
    occupationCode: 'Functiecode (ISCO-08)',
    occupationHint:
      'Vier cijfers uit de internationale beroepenclassificatie, bijvoorbeeld 7212 voor een lasser.',
    shortageOccupation: 'Functie op de lijst van knelpuntberoepen van {region}',
    shortageHint: 'De lijst die geldt sinds {date}.',
    otherOccupation: 'Een andere functie (vul de code hieronder in)',
    salary: 'Bruto jaarloon (EUR)',
    salaryHint: 'In hele euro, bijvoorbeeld 45000.',
    salaryThreshold:
      'Voor deze categorie in {region} is het minimum {amount} per jaar (bedragen die gelden sinds {date}).',
    salaryThresholdYoung:
      'Voor deze categorie in {region} is het minimum voor een werknemer jonger dan {age} jaar {amount} per jaar (bedragen die gelden sinds {date}).',

    documentsIntro:
      'De documenten die de categorie vraagt, en welke er al zijn. De lijst volgt de categorie en de plaats waar de werknemer nu is.',
    checklistHeading: 'Documenten voor deze categorie',
    noCategoryYet: 'Kies eerst de categorie: dan verschijnen hier de documenten die ze vraagt.',
    toCategory: 'De categorie kiezen',
    allUploaded: 'Alle verplichte documenten zijn opgeladen.',
    missingCount:
      '{count, plural, one {Er ontbreekt nog # verplicht document.} other {Er ontbreken nog # verplichte documenten.}}',
    uploadedHeading: 'Opgeladen documenten',
    documentsCount: '{uploaded} van {required} verplichte documenten opgeladen',

    reviewIntro: 'Kijk na wat u hebt ingevuld. Tot u de aanvraag indient, kunt u alles nog wijzigen.',
    change: 'Wijzigen',
    notGiven: 'Niet ingevuld',
    todoHeading: 'Nog te doen voor u kunt indienen',
    submitHeading: 'De aanvraag indienen',
    submitTo:
      'Als u indient, gaat de aanvraag naar de gewestelijke dienst van {region}. Daarna kunt u ze niet meer wijzigen, maar wel nog intrekken.',
    submitToUnknown:
      'Als u indient, gaat de aanvraag naar de bevoegde gewestelijke dienst. Daarna kunt u ze niet meer wijzigen, maar wel nog intrekken.',
    submit: 'Aanvraag indienen',
    submitting: 'Bezig met indienen…',

    warningsHeading: 'Kijk dit na voor u indient',
    warningsIntro:
      'Dit zijn vaak voorkomende redenen voor een weigering. U kunt toch indienen: de dienst beslist.',
    warningLabel: 'Waarschuwing:',
    warn_salary:
      'Het loon van {salary} ligt onder het minimum van {threshold} per jaar voor de categorie “{category}” in {region} (bedragen die gelden sinds {date}). Het luik arbeid wordt daarom waarschijnlijk geweigerd.',
    warn_salary_young:
      'Het loon van {salary} ligt onder het minimum van {threshold} per jaar voor een werknemer jonger dan {age} jaar in de categorie “{category}” in {region} (bedragen die gelden sinds {date}). Het luik arbeid wordt daarom waarschijnlijk geweigerd.',
    warn_occupation:
      'Functie {code} staat niet op de lijst van knelpuntberoepen van {region} (lijst die geldt sinds {date}). Als knelpuntberoep wordt de aanvraag waarschijnlijk geweigerd; kijk de code of de categorie na.',
    warn_presence:
      'De werknemer is al in België ({situation}). Voor de categorie “{category}” in {region} moet de werknemer nog in het buitenland zijn wanneer de werkgever de aanvraag indient; het luik arbeid wordt daarom waarschijnlijk geweigerd.',
    fixThis: 'Dit wijzigen',

    submittedTitle: 'Aanvraag ingediend',
    submittedNotice: 'Uw aanvraag werd ingediend.',
    stateNow: 'Stand van de aanvraag:',
    submittedReference: 'Uw referentie is {reference}. Vermeld ze als u contact opneemt met een dienst.',
    nextHeading: 'Wat gebeurt er nu?',
    nextCheck: 'De gewestelijke dienst van {region} gaat na of de aanvraag volledig en ontvankelijk is.',
    nextCheckUnknown: 'De bevoegde gewestelijke dienst gaat na of de aanvraag volledig en ontvankelijk is.',
    nextSupplement:
      'Ontbreekt er iets, dan krijgt u een e-mail en een taak op de pagina van de aanvraag. De beslissingstermijn staat stil tot u antwoordt.',
    nextResidence:
      'Zodra het luik arbeid is toegekend, beoordeelt de Dienst Vreemdelingenzaken het luik verblijf.',
    followApplication: 'De aanvraag opvolgen',

    req_employer: 'Kies de werkgever voor wie u de aanvraag indient.',
    req_establishmentUnitId: 'Kies de plaats waar de werknemer zal werken.',
    req_category: 'Kies de categorie.',
    req_givenName: 'Vul de voornaam van de werknemer in.',
    req_familyName: 'Vul de familienaam van de werknemer in.',
    req_birthDate: 'Vul de geboortedatum van de werknemer in.',
    req_sex: 'Kies het geslacht van de werknemer zoals in het paspoort.',
    req_nationality: 'Vul de nationaliteit van de werknemer in.',
    req_situation: 'Kies waar de werknemer nu is.',
    req_jobTitle: 'Vul de functietitel in.',
    req_grossAnnualSalaryEur: 'Vul het bruto jaarloon in.',
    err_salary_number: 'Geef het bruto jaarloon in hele euro, alleen cijfers, bijvoorbeeld 45000.',
    err_salary_max: 'Het bruto jaarloon kan niet meer zijn dan {max}.',
    err_birthDate: 'Geef de geboortedatum als een bestaande datum.',
    err_birthDate_past: 'De geboortedatum moet in het verleden liggen.',
    err_nationality: 'Geef de nationaliteit als landcode van twee letters, bijvoorbeeld IN voor India.',
    err_occupation: 'Geef de functiecode als vier cijfers, bijvoorbeeld 7212.',
    err_tooLong: '{field} mag hoogstens {max} tekens lang zijn.',
    err_choice: 'Kies een van de mogelijkheden voor “{field}”.',
    err_invalid: '“{field}” is niet geldig.',
    uploadDocument: 'Laad de {document} op.',
  },
  fr: {
    newApplication: 'Nouvelle demande',
    applicationReference: 'Demande {reference}',
    stepOf: 'Étape {current} sur {total}',
    stepsLabel: 'Étapes de la demande',
    currentStep: '(étape en cours)',
    step_employer: 'Employeur et lieu de travail',
    step_category: 'Catégorie',
    step_worker: 'Travailleur',
    step_job: 'Emploi et salaire',
    step_documents: 'Documents',
    step_review: 'Vérifier et introduire',
    status_done: 'Terminé',
    status_in_progress: 'En cours',
    status_not_started: 'Pas commencé',
    back: 'Retour',
    saveAndContinue: 'Enregistrer et continuer',
    saveForLater: 'Enregistrer et reprendre plus tard',
    saving: 'Enregistrement…',
    savedForLater:
      'Vos réponses ont été enregistrées. Vous pouvez fermer cette page et continuer plus tard, sur cet appareil ou sur un autre.',
    toReview: 'Continuer vers la vérification',
    backToApplications: 'Retour à mes demandes',
    loadingApplication: 'Chargement de la demande…',
    loadingEmployers: 'Chargement de vos employeurs…',
    reloadAfterConflict: 'Recharger la demande (ce que vous avez saisi à cette étape sera perdu)',
    overviewIntro:
      'Complétez la demande étape par étape. Vos réponses sont enregistrées à chaque étape : vous pouvez vous arrêter et continuer plus tard, sur n’importe quel appareil.',
    continueDraft: 'Reprendre là où vous vous êtes arrêté',

    employerIntro:
      'Choisissez l’employeur pour lequel vous introduisez la demande et le lieu où le travailleur travaillera. Le lieu de travail détermine le service régional qui traite le volet travail.',
    employer: 'Employeur',
    employerHint: 'Les employeurs pour lesquels votre compte peut introduire une demande.',
    chooseEmployer: 'Choisissez l’employeur',
    employerFixed:
      'Une demande reste liée à son employeur. Pour introduire une demande pour un autre employeur, commencez une nouvelle demande.',
    place: 'Lieu de travail',
    choosePlace: 'Choisissez le lieu de travail',
    chooseEmployerFirst: 'Choisissez d’abord l’employeur.',
    noUnits:
      'Aucune unité d’établissement n’est enregistrée pour {employer} : aucun lieu de travail ne peut donc être choisi.',
    noEmployers:
      'Votre compte n’agit encore pour aucun employeur : vous ne pouvez donc pas commencer de demande. Demandez à l’employeur de vous mandater, puis revenez.',
    placeRegion: 'Région',
    placeProvince: 'Province',
    placeService: 'Le volet travail est traité par le service régional de la {region}.',
    letterLanguage: 'Langue des e-mails et des lettres de décision',
    letterLanguageDefault: 'La langue de la région ({language})',
    letterLanguageRegionFirst: 'La langue de la région',
    letterLanguageHint:
      'Sans choix de votre part, Loket écrit dans la langue de la région du lieu de travail.',

    categoryLegend: 'À quelle catégorie l’emploi appartient-il ?',
    categoryHint:
      'La catégorie détermine les conditions et les documents nécessaires. Chacune est expliquée sous son nom.',

    workerIntro: 'Les données du travailleur telles qu’elles figurent dans le passeport.',
    givenName: 'Prénom',
    familyName: 'Nom de famille',
    birthDate: 'Date de naissance',
    sex: 'Sexe (comme dans le passeport)',
    choose: 'Choisir',
    nationality: 'Nationalité',
    nationalityHint: 'Code pays à deux lettres, par exemple IN pour l’Inde ou BR pour le Brésil.',
    situation: 'Situation du travailleur',
    situationHint:
      'L’endroit où se trouve le travailleur aujourd’hui. Cela détermine une partie des documents et, pour certaines catégories, si la demande peut être accordée.',

    jobTitle: 'Intitulé de la fonction',
    occupationCode: 'Code de la fonction (CITP-08)',
    occupationHint:
      'Quatre chiffres de la classification internationale des professions, par exemple 7212 pour un soudeur.',
    shortageOccupation: 'Fonction figurant sur la liste des métiers en pénurie de la {region}',
    shortageHint: 'La liste en vigueur depuis le {date}.',
    otherOccupation: 'Une autre fonction (indiquez son code ci-dessous)',
    salary: 'Salaire annuel brut (EUR)',
    salaryHint: 'En euros entiers, par exemple 45000.',
    salaryThreshold:
      'Pour cette catégorie en {region}, le minimum est de {amount} par an (montants en vigueur depuis le {date}).',
    salaryThresholdYoung:
      'Pour cette catégorie en {region}, le minimum pour un travailleur de moins de {age} ans est de {amount} par an (montants en vigueur depuis le {date}).',

    documentsIntro:
      'Les documents demandés pour la catégorie, et ceux qui ont déjà été chargés. La liste suit la catégorie et l’endroit où se trouve le travailleur.',
    checklistHeading: 'Documents pour cette catégorie',
    noCategoryYet: 'Choisissez d’abord la catégorie : les documents qu’elle demande apparaîtront ici.',
    toCategory: 'Choisir la catégorie',
    allUploaded: 'Tous les documents obligatoires ont été chargés.',
    missingCount:
      '{count, plural, one {Il manque encore # document obligatoire.} other {Il manque encore # documents obligatoires.}}',
    uploadedHeading: 'Documents chargés',
    documentsCount: '{uploaded} documents obligatoires chargés sur {required}',

    reviewIntro: 'Vérifiez vos réponses. Vous pouvez tout modifier jusqu’à l’introduction de la demande.',
    change: 'Modifier',
    notGiven: 'Non renseigné',
    todoHeading: 'Reste à faire avant de pouvoir introduire la demande',
    submitHeading: 'Introduire la demande',
    submitTo:
      'Une fois introduite, la demande est transmise au service régional de la {region}. Vous ne pourrez plus la modifier, mais vous pourrez encore la retirer.',
    submitToUnknown:
      'Une fois introduite, la demande est transmise au service régional compétent. Vous ne pourrez plus la modifier, mais vous pourrez encore la retirer.',
    submit: 'Introduire la demande',
    submitting: 'Introduction en cours…',

    warningsHeading: 'À vérifier avant d’introduire la demande',
    warningsIntro:
      'Ce sont des motifs de refus fréquents. Vous pouvez tout de même introduire la demande : c’est le service qui décide.',
    warningLabel: 'Attention :',
    warn_salary:
      'Le salaire de {salary} est inférieur au minimum de {threshold} par an pour la catégorie « {category} » en {region} (montants en vigueur depuis le {date}). Le volet travail sera probablement refusé pour ce motif.',
    warn_salary_young:
      'Le salaire de {salary} est inférieur au minimum de {threshold} par an pour un travailleur de moins de {age} ans dans la catégorie « {category} » en {region} (montants en vigueur depuis le {date}). Le volet travail sera probablement refusé pour ce motif.',
    warn_occupation:
      'La fonction {code} ne figure pas sur la liste des métiers en pénurie de la {region} (liste en vigueur depuis le {date}). Au titre de métier en pénurie, la demande sera probablement refusée ; vérifiez le code ou la catégorie.',
    warn_presence:
      'Le travailleur se trouve déjà en Belgique ({situation}). Pour la catégorie « {category} » en {region}, il doit encore être à l’étranger au moment où l’employeur introduit la demande ; le volet travail sera donc probablement refusé.',
    fixThis: 'Modifier ce point',

    submittedTitle: 'Demande introduite',
    submittedNotice: 'Votre demande a été introduite.',
    stateNow: 'Où en est la demande :',
    submittedReference: 'Votre référence est {reference}. Mentionnez-la lorsque vous contactez un service.',
    nextHeading: 'Et maintenant ?',
    nextCheck: 'Le service régional de la {region} vérifie si la demande est complète et recevable.',
    nextCheckUnknown: 'Le service régional compétent vérifie si la demande est complète et recevable.',
    nextSupplement:
      'S’il manque quelque chose, vous recevez un e-mail et une tâche sur la page de la demande. Le délai de décision est suspendu jusqu’à votre réponse.',
    nextResidence: 'Une fois le volet travail accordé, l’Office des étrangers examine le volet séjour.',
    followApplication: 'Suivre la demande',

    req_employer: 'Choisissez l’employeur pour lequel vous introduisez la demande.',
    req_establishmentUnitId: 'Choisissez le lieu où le travailleur travaillera.',
    req_category: 'Choisissez la catégorie.',
    req_givenName: 'Indiquez le prénom du travailleur.',
    req_familyName: 'Indiquez le nom de famille du travailleur.',
    req_birthDate: 'Indiquez la date de naissance du travailleur.',
    req_sex: 'Choisissez le sexe du travailleur tel qu’indiqué dans le passeport.',
    req_nationality: 'Indiquez la nationalité du travailleur.',
    req_situation: 'Choisissez où se trouve le travailleur aujourd’hui.',
    req_jobTitle: 'Indiquez l’intitulé de la fonction.',
    req_grossAnnualSalaryEur: 'Indiquez le salaire annuel brut.',
    err_salary_number:
      'Indiquez le salaire annuel brut en euros entiers, uniquement des chiffres, par exemple 45000.',
    err_salary_max: 'Le salaire annuel brut ne peut pas dépasser {max}.',
    err_birthDate: 'Indiquez une date de naissance qui existe.',
    err_birthDate_past: 'La date de naissance doit se situer dans le passé.',
    err_nationality: 'Indiquez la nationalité par un code pays à deux lettres, par exemple IN pour l’Inde.',
    err_occupation: 'Indiquez le code de la fonction en quatre chiffres, par exemple 7212.',
    err_tooLong: '« {field} » peut compter au maximum {max} caractères.',
    err_choice: 'Choisissez l’une des possibilités pour « {field} ».',
    err_invalid: '« {field} » n’est pas valable.',
    uploadDocument: 'Chargez le document suivant : {document}.',
  },
  de: {
    newApplication: 'Neuer Antrag',
    applicationReference: 'Antrag {reference}',
    stepOf: 'Schritt {current} von {total}',
    stepsLabel: 'Schritte des Antrags',
    currentStep: '(aktueller Schritt)',
    step_employer: 'Arbeitgeber und Beschäftigungsort',
    step_category: 'Kategorie',
    step_worker: 'Arbeitnehmer',
    step_job: 'Stelle und Gehalt',
    step_documents: 'Unterlagen',
    step_review: 'Prüfen und einreichen',
    status_done: 'Erledigt',
    status_in_progress: 'Begonnen',
    status_not_started: 'Noch nicht begonnen',
    back: 'Zurück',
    saveAndContinue: 'Speichern und weiter',
    saveForLater: 'Speichern und später fortsetzen',
    saving: 'Wird gespeichert…',
    savedForLater:
      'Ihre Angaben wurden gespeichert. Sie können diese Seite schließen und später weitermachen, auf diesem oder einem anderen Gerät.',
    toReview: 'Weiter zur Prüfung Ihrer Angaben',
    backToApplications: 'Zurück zu meinen Anträgen',
    loadingApplication: 'Der Antrag wird geladen…',
    loadingEmployers: 'Ihre Arbeitgeber werden geladen…',
    reloadAfterConflict: 'Den Antrag neu laden (Ihre Eingaben in diesem Schritt gehen verloren)',
    overviewIntro:
      'Füllen Sie den Antrag Schritt für Schritt aus. Ihre Angaben werden bei jedem Schritt gespeichert, Sie können also aufhören und später weitermachen, auf jedem Gerät.',
    continueDraft: 'Dort weitermachen, wo Sie aufgehört haben',

    employerIntro:
      'Wählen Sie den Arbeitgeber, für den Sie den Antrag stellen, und den Ort, an dem der Arbeitnehmer arbeiten wird. Der Beschäftigungsort bestimmt, welche regionale Dienststelle den Teil Arbeit bearbeitet.',
    employer: 'Arbeitgeber',
    employerHint: 'Die Arbeitgeber, für die Ihr Konto Anträge stellen darf.',
    chooseEmployer: 'Arbeitgeber wählen',
    employerFixed:
      'Ein Antrag bleibt bei seinem Arbeitgeber. Um für einen anderen Arbeitgeber einen Antrag zu stellen, beginnen Sie einen neuen Antrag.',
    place: 'Beschäftigungsort',
    choosePlace: 'Beschäftigungsort wählen',
    chooseEmployerFirst: 'Wählen Sie zuerst den Arbeitgeber.',
    noUnits:
      'Für {employer} ist keine Niederlassungseinheit eingetragen, daher kann kein Beschäftigungsort gewählt werden.',
    noEmployers:
      'Ihr Konto handelt noch für keinen Arbeitgeber, daher können Sie keinen Antrag beginnen. Bitten Sie den Arbeitgeber, Sie zu bevollmächtigen, und kommen Sie dann zurück.',
    placeRegion: 'Region',
    placeProvince: 'Provinz',
    placeService: 'Der Teil Arbeit wird von der regionalen Dienststelle in {region} bearbeitet.',
    letterLanguage: 'Sprache der E-Mails und Entscheidungsschreiben',
    letterLanguageDefault: 'Die Sprache der Region ({language})',
    letterLanguageRegionFirst: 'Die Sprache der Region',
    letterLanguageHint: 'Ohne Auswahl schreibt Loket in der Sprache der Region des Beschäftigungsorts.',

    categoryLegend: 'Zu welcher Kategorie gehört die Stelle?',
    categoryHint:
      'Die Kategorie bestimmt die Voraussetzungen und die nötigen Unterlagen. Unter jedem Namen steht eine kurze Erklärung.',

    workerIntro: 'Die Angaben zum Arbeitnehmer wie im Reisepass.',
    givenName: 'Vorname',
    familyName: 'Nachname',
    birthDate: 'Geburtsdatum',
    sex: 'Geschlecht (wie im Reisepass)',
    choose: 'Bitte wählen',
    nationality: 'Staatsangehörigkeit',
    nationalityHint: 'Ländercode aus zwei Buchstaben, zum Beispiel IN für Indien oder BR für Brasilien.',
    situation: 'Situation des Arbeitnehmers',
    situationHint:
      'Wo sich der Arbeitnehmer jetzt aufhält. Davon hängen ein Teil der Unterlagen und bei einigen Kategorien die Bewilligung ab.',

    jobTitle: 'Stellenbezeichnung',
    occupationCode: 'Berufscode (ISCO-08)',
    occupationHint:
      'Vier Ziffern aus der internationalen Berufsklassifikation, zum Beispiel 7212 für einen Schweißer.',
    shortageOccupation: 'Stelle auf der Liste der Mangelberufe in {region}',
    shortageHint: 'Die seit dem {date} geltende Liste.',
    otherOccupation: 'Ein anderer Beruf (Code unten eingeben)',
    salary: 'Bruttojahresgehalt (EUR)',
    salaryHint: 'In ganzen Euro, zum Beispiel 45000.',
    salaryThreshold:
      'Für diese Kategorie beträgt das Minimum in {region} {amount} pro Jahr (Beträge gültig seit dem {date}).',
    salaryThresholdYoung:
      'Für diese Kategorie beträgt das Minimum in {region} für Arbeitnehmer unter {age} Jahren {amount} pro Jahr (Beträge gültig seit dem {date}).',

    documentsIntro:
      'Die Unterlagen, die die Kategorie verlangt, und welche davon schon vorliegen. Die Liste richtet sich nach der Kategorie und danach, wo sich der Arbeitnehmer jetzt aufhält.',
    checklistHeading: 'Unterlagen für diese Kategorie',
    noCategoryYet: 'Wählen Sie zuerst die Kategorie: Dann erscheinen hier die Unterlagen, die sie verlangt.',
    toCategory: 'Kategorie wählen',
    allUploaded: 'Alle erforderlichen Unterlagen sind hochgeladen.',
    missingCount:
      '{count, plural, one {Es fehlt noch # erforderliches Dokument.} other {Es fehlen noch # erforderliche Dokumente.}}',
    uploadedHeading: 'Hochgeladene Unterlagen',
    documentsCount: '{uploaded} von {required} erforderlichen Unterlagen hochgeladen',

    reviewIntro: 'Prüfen Sie Ihre Angaben. Bis zum Einreichen können Sie alles ändern.',
    change: 'Ändern',
    notGiven: 'Nicht angegeben',
    todoHeading: 'Noch zu erledigen, bevor Sie einreichen können',
    submitHeading: 'Den Antrag einreichen',
    submitTo:
      'Wenn Sie einreichen, geht der Antrag an die regionale Dienststelle in {region}. Danach können Sie ihn nicht mehr ändern, aber noch zurückziehen.',
    submitToUnknown:
      'Wenn Sie einreichen, geht der Antrag an die zuständige regionale Dienststelle. Danach können Sie ihn nicht mehr ändern, aber noch zurückziehen.',
    submit: 'Antrag einreichen',
    submitting: 'Wird eingereicht…',

    warningsHeading: 'Bitte vor dem Einreichen prüfen',
    warningsIntro:
      'Das sind häufige Ablehnungsgründe. Sie können trotzdem einreichen: Die Dienststelle entscheidet.',
    warningLabel: 'Achtung:',
    warn_salary:
      'Das Gehalt von {salary} liegt unter dem Minimum von {threshold} pro Jahr für die Kategorie „{category}“ in {region} (Beträge gültig seit dem {date}). Der Teil Arbeit wird deshalb wahrscheinlich abgelehnt.',
    warn_salary_young:
      'Das Gehalt von {salary} liegt unter dem Minimum von {threshold} pro Jahr für Arbeitnehmer unter {age} Jahren in der Kategorie „{category}“ in {region} (Beträge gültig seit dem {date}). Der Teil Arbeit wird deshalb wahrscheinlich abgelehnt.',
    warn_occupation:
      'Der Beruf {code} steht nicht auf der Liste der Mangelberufe in {region} (Liste gültig seit dem {date}). Als Mangelberuf wird der Antrag wahrscheinlich abgelehnt; prüfen Sie den Code oder die Kategorie.',
    warn_presence:
      'Der Arbeitnehmer ist bereits in Belgien ({situation}). Für die Kategorie „{category}“ in {region} muss er sich noch im Ausland aufhalten, wenn der Arbeitgeber den Antrag stellt; der Teil Arbeit wird deshalb wahrscheinlich abgelehnt.',
    fixThis: 'Das ändern',

    submittedTitle: 'Antrag eingereicht',
    submittedNotice: 'Ihr Antrag wurde eingereicht.',
    stateNow: 'Stand des Antrags:',
    submittedReference:
      'Ihr Aktenzeichen ist {reference}. Geben Sie es an, wenn Sie sich an eine Dienststelle wenden.',
    nextHeading: 'Wie geht es weiter?',
    nextCheck: 'Die regionale Dienststelle in {region} prüft, ob der Antrag vollständig und zulässig ist.',
    nextCheckUnknown:
      'Die zuständige regionale Dienststelle prüft, ob der Antrag vollständig und zulässig ist.',
    nextSupplement:
      'Fehlt etwas, erhalten Sie eine E-Mail und eine Aufgabe auf der Seite des Antrags. Die Entscheidungsfrist ruht, bis Sie antworten.',
    nextResidence: 'Sobald der Teil Arbeit bewilligt ist, prüft das Ausländeramt den Teil Aufenthalt.',
    followApplication: 'Den Antrag verfolgen',

    req_employer: 'Wählen Sie den Arbeitgeber, für den Sie den Antrag stellen.',
    req_establishmentUnitId: 'Wählen Sie den Ort, an dem der Arbeitnehmer arbeiten wird.',
    req_category: 'Wählen Sie die Kategorie.',
    req_givenName: 'Geben Sie den Vornamen des Arbeitnehmers an.',
    req_familyName: 'Geben Sie den Nachnamen des Arbeitnehmers an.',
    req_birthDate: 'Geben Sie das Geburtsdatum des Arbeitnehmers an.',
    req_sex: 'Wählen Sie das Geschlecht des Arbeitnehmers wie im Reisepass.',
    req_nationality: 'Geben Sie die Staatsangehörigkeit des Arbeitnehmers an.',
    req_situation: 'Wählen Sie, wo sich der Arbeitnehmer jetzt aufhält.',
    req_jobTitle: 'Geben Sie die Stellenbezeichnung an.',
    req_grossAnnualSalaryEur: 'Geben Sie das Bruttojahresgehalt an.',
    err_salary_number: 'Geben Sie das Bruttojahresgehalt in ganzen Euro an, nur Ziffern, zum Beispiel 45000.',
    err_salary_max: 'Das Bruttojahresgehalt kann nicht höher als {max} sein.',
    err_birthDate: 'Geben Sie ein gültiges Geburtsdatum an.',
    err_birthDate_past: 'Das Geburtsdatum muss in der Vergangenheit liegen.',
    err_nationality:
      'Geben Sie die Staatsangehörigkeit als Ländercode aus zwei Buchstaben an, zum Beispiel IN für Indien.',
    err_occupation: 'Geben Sie den Berufscode mit vier Ziffern an, zum Beispiel 7212.',
    err_tooLong: '„{field}“ darf höchstens {max} Zeichen lang sein.',
    err_choice: 'Wählen Sie eine der Möglichkeiten für „{field}“.',
    err_invalid: '„{field}“ ist nicht gültig.',
    uploadDocument: 'Laden Sie folgendes Dokument hoch: {document}.',
  },
});
