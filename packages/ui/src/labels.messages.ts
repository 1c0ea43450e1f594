import { defineMessages } from '@loket/i18n';
import {
  actionLabels,
  applicantStateHelp,
  audienceLabels,
  authorityLabels,
  categoryLabels,
  checklistStatusLabels,
  documentTypeLabels,
  eventLabels,
  groundLabels,
  outcomeLabels,
  partLabels,
  problemLabels,
  provinceLabels,
  regionLabels,
  requirementLabels,
  roleLabels,
  scanStatusLabels,
  sexLabels,
  situationLabels,
  stateLabels,
  supplementStatusLabels,
} from './labels.ts';

/**
 * The vocabulary's words in the four languages the applicant reads. English is labels.ts (the
 * inboxes' working language), so the two can never drift; `useLabels()` picks the language.
 */

export const stateMessages = defineMessages({
  en: stateLabels,
  nl: {
    draft: 'Ontwerp',
    submitted: 'Ingediend',
    work_supplement_requested: 'Aanvulling gevraagd door de gewestelijke dienst',
    inadmissible: 'Onontvankelijk',
    work_review: 'In behandeling bij de gewestelijke dienst',
    work_refused: 'Luik arbeid geweigerd',
    residence_review: 'In behandeling bij de Dienst Vreemdelingenzaken',
    residence_supplement_requested: 'Aanvulling gevraagd door de Dienst Vreemdelingenzaken',
    residence_refused: 'Luik verblijf geweigerd',
    permit_granted: 'Vergunning toegekend',
    withdrawn: 'Ingetrokken',
  },
  fr: {
    draft: 'Brouillon',
    submitted: 'Introduite',
    work_supplement_requested: 'Complément demandé par le service régional',
    inadmissible: 'Irrecevable',
    work_review: 'En examen au service régional',
    work_refused: 'Volet travail refusé',
    residence_review: 'En examen à l’Office des étrangers',
    residence_supplement_requested: 'Complément demandé par l’Office des étrangers',
    residence_refused: 'Volet séjour refusé',
    permit_granted: 'Permis accordé',
    withdrawn: 'Retirée',
  },
  de: {
    draft: 'Entwurf',
    submitted: 'Eingereicht',
    work_supplement_requested: 'Ergänzung von der regionalen Dienststelle angefordert',
    inadmissible: 'Unzulässig',
    work_review: 'In Prüfung bei der regionalen Dienststelle',
    work_refused: 'Teil Arbeit abgelehnt',
    residence_review: 'In Prüfung beim Ausländeramt',
    residence_supplement_requested: 'Ergänzung vom Ausländeramt angefordert',
    residence_refused: 'Teil Aufenthalt abgelehnt',
    permit_granted: 'Erlaubnis erteilt',
    withdrawn: 'Zurückgezogen',
  },
});

export const stateHelpMessages = defineMessages({
  en: applicantStateHelp,
  nl: {
    draft:
      'Deze aanvraag is een ontwerp dat alleen u kunt zien. Vul de gegevens in, laad de documenten op en dien de aanvraag in.',
    submitted: 'De gewestelijke dienst kijkt na of de aanvraag volledig en ontvankelijk is.',
    work_supplement_requested:
      'De gewestelijke dienst heeft meer informatie nodig. Beantwoord het verzoek hieronder; de behandelingstermijn staat stil tot u antwoordt.',
    inadmissible:
      'De gewestelijke dienst heeft de aanvraag onontvankelijk verklaard. De procedure is afgelopen.',
    work_review: 'De aanvraag is ontvankelijk. De gewestelijke dienst beoordeelt het luik arbeid.',
    work_refused:
      'De gewestelijke dienst heeft het luik arbeid geweigerd. De procedure is afgelopen; de beslissing staat hieronder.',
    residence_review:
      'Het luik arbeid werd toegekend. De Dienst Vreemdelingenzaken beoordeelt nu het luik verblijf.',
    residence_supplement_requested:
      'De Dienst Vreemdelingenzaken heeft meer informatie nodig. Beantwoord het verzoek hieronder; de behandelingstermijn staat stil tot u antwoordt.',
    residence_refused:
      'De Dienst Vreemdelingenzaken heeft het luik verblijf geweigerd. De procedure is afgelopen; de beslissing staat hieronder.',
    permit_granted: 'De gecombineerde vergunning voor arbeid en verblijf werd toegekend.',
    withdrawn: 'Deze aanvraag werd ingetrokken. De procedure is afgelopen.',
  },
  fr: {
    draft:
      'Cette demande est un brouillon que vous seul voyez. Complétez les données, chargez les documents et introduisez la demande.',
    submitted: 'Le service régional vérifie si la demande est complète et recevable.',
    work_supplement_requested:
      'Le service régional a besoin d’informations complémentaires. Répondez à la demande ci-dessous ; le délai de traitement est suspendu jusqu’à votre réponse.',
    inadmissible: 'Le service régional a déclaré la demande irrecevable. La procédure est terminée.',
    work_review: 'La demande est recevable. Le service régional examine le volet travail.',
    work_refused:
      'Le service régional a refusé le volet travail. La procédure est terminée ; la décision figure ci-dessous.',
    residence_review: 'Le volet travail a été accordé. L’Office des étrangers examine le volet séjour.',
    residence_supplement_requested:
      'L’Office des étrangers a besoin d’informations complémentaires. Répondez à la demande ci-dessous ; le délai de traitement est suspendu jusqu’à votre réponse.',
    residence_refused:
      'L’Office des étrangers a refusé le volet séjour. La procédure est terminée ; la décision figure ci-dessous.',
    permit_granted: 'Le permis unique de travail et de séjour a été accordé.',
    withdrawn: 'Cette demande a été retirée. La procédure est terminée.',
  },
  de: {
    draft:
      'Dieser Antrag ist ein Entwurf, den nur Sie sehen. Füllen Sie die Angaben aus, laden Sie die Unterlagen hoch und reichen Sie den Antrag ein.',
    submitted: 'Die regionale Dienststelle prüft, ob der Antrag vollständig und zulässig ist.',
    work_supplement_requested:
      'Die regionale Dienststelle benötigt weitere Informationen. Beantworten Sie die Anfrage unten; die Bearbeitungsfrist ruht, bis Sie antworten.',
    inadmissible:
      'Die regionale Dienststelle hat den Antrag für unzulässig erklärt. Das Verfahren ist beendet.',
    work_review: 'Der Antrag ist zulässig. Die regionale Dienststelle prüft den Teil Arbeit.',
    work_refused:
      'Die regionale Dienststelle hat den Teil Arbeit abgelehnt. Das Verfahren ist beendet; die Entscheidung finden Sie unten.',
    residence_review: 'Der Teil Arbeit wurde bewilligt. Das Ausländeramt prüft nun den Teil Aufenthalt.',
    residence_supplement_requested:
      'Das Ausländeramt benötigt weitere Informationen. Beantworten Sie die Anfrage unten; die Bearbeitungsfrist ruht, bis Sie antworten.',
    residence_refused:
      'Das Ausländeramt hat den Teil Aufenthalt abgelehnt. Das Verfahren ist beendet; die Entscheidung finden Sie unten.',
    permit_granted: 'Die kombinierte Erlaubnis für Arbeit und Aufenthalt wurde erteilt.',
    withdrawn: 'Dieser Antrag wurde zurückgezogen. Das Verfahren ist beendet.',
  },
});

export const categoryMessages = defineMessages({
  en: categoryLabels,
  nl: {
    highly_qualified: 'Hooggekwalificeerde werknemer',
    executive: 'Leidinggevend personeel',
    eu_blue_card: 'Europese blauwe kaart',
    researcher: 'Onderzoeker',
    athlete: 'Beroepssporter, trainer of scheidsrechter',
    performing_artist: 'Uitvoerend kunstenaar',
    internship: 'Stage (verplicht, bij een overheid of een internationale instelling)',
    vocational_training: 'Beroepsopleiding',
    shortage_occupation: 'Knelpuntberoep',
    au_pair: 'Au pair',
    trainee: 'Stagiair',
    other: 'Andere categorie',
  },
  fr: {
    highly_qualified: 'Travailleur hautement qualifié',
    executive: 'Personnel de direction',
    eu_blue_card: 'Carte bleue européenne',
    researcher: 'Chercheur',
    athlete: 'Sportif professionnel, entraîneur ou arbitre',
    performing_artist: 'Artiste de spectacle',
    internship: 'Stage (obligatoire, auprès d’un organisme public ou d’une institution internationale)',
    vocational_training: 'Formation professionnelle',
    shortage_occupation: 'Métier en pénurie',
    au_pair: 'Au pair',
    trainee: 'Stagiaire',
    other: 'Autre catégorie',
  },
  de: {
    highly_qualified: 'Hochqualifizierte Arbeitskraft',
    executive: 'Führungskraft',
    eu_blue_card: 'Blaue Karte EU',
    researcher: 'Forscher',
    athlete: 'Berufssportler, Trainer oder Schiedsrichter',
    performing_artist: 'Darstellender Künstler',
    internship: 'Praktikum (Pflichtpraktikum, bei einer Behörde oder internationalen Einrichtung)',
    vocational_training: 'Berufliche Ausbildung',
    shortage_occupation: 'Mangelberuf',
    au_pair: 'Au-pair',
    trainee: 'Trainee',
    other: 'Andere Kategorie',
  },
});

/** One plain sentence per category: who it is for, as an applicant would recognise it. */
export const categoryHelpMessages = defineMessages({
  en: {
    highly_qualified:
      'For a job that needs a higher-education diploma and pays at least the region’s salary threshold for highly qualified workers.',
    executive:
      'For a manager or director who runs the company or one of its departments, paid at least the threshold for executives.',
    eu_blue_card:
      'For a highly qualified job of at least six months with a higher-education diploma and a salary above the EU Blue Card threshold; it makes a later move to another EU country easier.',
    researcher:
      'For a researcher who has signed a hosting agreement with a research organisation recognised in Belgium.',
    athlete:
      'For a professional athlete, trainer or referee employed by a Belgian club or federation that confirms it in a certificate.',
    performing_artist:
      'For an artist who performs in Belgium, such as a musician, actor, dancer or circus artist.',
    internship:
      'For an internship that is a mandatory part of studies abroad, or an internship at a public body or an international institution.',
    vocational_training:
      'For practical training in Belgium linked to a sales contract for equipment, or at the Belgian seat of an international group.',
    shortage_occupation:
      'For a mid-skilled job on the region’s list of shortage occupations, for which employers cannot find enough workers.',
    au_pair:
      'For a young person who lives with a host family and helps with childcare and light housework in exchange for board, lodging and pocket money.',
    trainee:
      'For a young graduate who completes their education with a practical work placement in a Belgian company.',
    other:
      'For any other job; the work service then checks whether no suitable candidate can be found on the labour market.',
  },
  nl: {
    highly_qualified:
      'Voor een functie waarvoor een diploma hoger onderwijs nodig is en die minstens het loon betaalt dat het gewest voor hooggekwalificeerden vraagt.',
    executive:
      'Voor een manager of directeur die de onderneming of een afdeling ervan leidt, met minstens het loon dat voor leidinggevenden geldt.',
    eu_blue_card:
      'Voor een hooggekwalificeerde functie van minstens zes maanden, met een diploma hoger onderwijs en een loon boven de drempel voor de Europese blauwe kaart; die maakt een latere overstap naar een ander EU-land makkelijker.',
    researcher:
      'Voor een onderzoeker die een gastovereenkomst heeft gesloten met een in België erkende onderzoeksinstelling.',
    athlete:
      'Voor een beroepssporter, trainer of scheidsrechter die werkt voor een Belgische club of federatie die dat in een attest bevestigt.',
    performing_artist:
      'Voor een kunstenaar die in België optreedt, zoals een muzikant, acteur, danser of circusartiest.',
    internship:
      'Voor een stage die een verplicht onderdeel is van studies in het buitenland, of een stage bij een overheid of een internationale instelling.',
    vocational_training:
      'Voor een praktijkopleiding in België die hoort bij een verkoopcontract voor uitrusting, of bij de Belgische zetel van een internationale groep.',
    shortage_occupation:
      'Voor een middengeschoolde functie op de lijst van knelpuntberoepen van het gewest, waarvoor werkgevers niet genoeg werknemers vinden.',
    au_pair:
      'Voor een jongere die bij een gastgezin inwoont en helpt met de kinderen en licht huishoudelijk werk, in ruil voor kost, inwoning en zakgeld.',
    trainee:
      'Voor een jonge afgestudeerde die de opleiding afrondt met een praktijkstage in een Belgische onderneming.',
    other:
      'Voor elke andere functie; de gewestelijke dienst gaat dan na of er op de arbeidsmarkt geen geschikte kandidaat te vinden is.',
  },
  fr: {
    highly_qualified:
      'Pour un emploi qui exige un diplôme de l’enseignement supérieur et dont le salaire atteint au moins le seuil fixé par la région pour les travailleurs hautement qualifiés.',
    executive:
      'Pour un cadre ou un directeur qui dirige l’entreprise ou l’un de ses départements, avec au moins le salaire fixé pour le personnel de direction.',
    eu_blue_card:
      'Pour un emploi hautement qualifié d’au moins six mois, avec un diplôme de l’enseignement supérieur et un salaire supérieur au seuil de la carte bleue européenne ; elle facilite un passage ultérieur vers un autre pays de l’UE.',
    researcher:
      'Pour un chercheur qui a signé une convention d’accueil avec un organisme de recherche agréé en Belgique.',
    athlete:
      'Pour un sportif professionnel, un entraîneur ou un arbitre engagé par un club ou une fédération belge qui le confirme dans une attestation.',
    performing_artist:
      'Pour un artiste qui se produit en Belgique, par exemple un musicien, un comédien, un danseur ou un artiste de cirque.',
    internship:
      'Pour un stage qui fait partie obligatoire d’études à l’étranger, ou un stage auprès d’un organisme public ou d’une institution internationale.',
    vocational_training:
      'Pour une formation pratique en Belgique liée à un contrat de vente d’équipements, ou auprès du siège belge d’un groupe international.',
    shortage_occupation:
      'Pour un emploi de qualification moyenne figurant sur la liste des métiers en pénurie de la région, pour lequel les employeurs ne trouvent pas assez de travailleurs.',
    au_pair:
      'Pour un jeune qui vit dans une famille d’accueil et aide à la garde des enfants et aux tâches ménagères légères, en échange du logement, des repas et d’argent de poche.',
    trainee:
      'Pour un jeune diplômé qui complète sa formation par un stage pratique dans une entreprise belge.',
    other:
      'Pour tout autre emploi ; le service régional vérifie alors qu’aucun candidat adéquat ne peut être trouvé sur le marché du travail.',
  },
  de: {
    highly_qualified:
      'Für eine Stelle, die einen Hochschulabschluss erfordert und mindestens die Gehaltsschwelle der Region für hochqualifizierte Arbeitskräfte erreicht.',
    executive:
      'Für eine Führungskraft, die das Unternehmen oder eine seiner Abteilungen leitet, mit mindestens dem für Führungskräfte geltenden Gehalt.',
    eu_blue_card:
      'Für eine hochqualifizierte Stelle von mindestens sechs Monaten, mit Hochschulabschluss und einem Gehalt über der Schwelle der Blauen Karte EU; sie erleichtert einen späteren Wechsel in ein anderes EU-Land.',
    researcher:
      'Für einen Forscher, der eine Aufnahmevereinbarung mit einer in Belgien anerkannten Forschungseinrichtung unterzeichnet hat.',
    athlete:
      'Für einen Berufssportler, Trainer oder Schiedsrichter, der bei einem belgischen Verein oder Verband beschäftigt ist, der dies bescheinigt.',
    performing_artist:
      'Für einen Künstler, der in Belgien auftritt, etwa als Musiker, Schauspieler, Tänzer oder Zirkusartist.',
    internship:
      'Für ein Praktikum, das Pflichtteil eines Studiums im Ausland ist, oder ein Praktikum bei einer Behörde oder einer internationalen Einrichtung.',
    vocational_training:
      'Für eine praktische Ausbildung in Belgien im Rahmen eines Kaufvertrags über Ausrüstung oder am belgischen Sitz einer internationalen Unternehmensgruppe.',
    shortage_occupation:
      'Für eine Stelle mittlerer Qualifikation auf der Liste der Mangelberufe der Region, für die Arbeitgeber nicht genug Arbeitskräfte finden.',
    au_pair:
      'Für eine junge Person, die bei einer Gastfamilie wohnt und bei der Kinderbetreuung und leichter Hausarbeit hilft, gegen Unterkunft, Verpflegung und Taschengeld.',
    trainee:
      'Für junge Absolventen, die ihre Ausbildung mit einem praktischen Einsatz in einem belgischen Unternehmen abschließen.',
    other:
      'Für jede andere Stelle; die regionale Dienststelle prüft dann, ob auf dem Arbeitsmarkt kein geeigneter Bewerber zu finden ist.',
  },
});

export const documentTypeMessages = defineMessages({
  en: documentTypeLabels,
  nl: {
    passport: 'Kopie van het paspoort',
    employment_contract: 'Arbeidsovereenkomst',
    diploma: 'Diploma',
    cv: 'Cv',
    salary_proof: 'Bewijs van het loon',
    medical_certificate: 'Medisch getuigschrift',
    criminal_record: 'Uittreksel uit het strafregister',
    fee_payment: 'Bewijs van betaling van de retributie',
    hosting_agreement: 'Gastovereenkomst (onderzoeker)',
    federation_certificate: 'Attest van de federatie (sporter)',
    host_family: 'Documenten van het gastgezin (au pair)',
    decision_letter: 'Beslissingsbrief',
    note: 'Nota van de overheid',
    other: 'Ander document',
  },
  fr: {
    passport: 'Copie du passeport',
    employment_contract: 'Contrat de travail',
    diploma: 'Diplôme',
    cv: 'CV',
    salary_proof: 'Preuve de la rémunération',
    medical_certificate: 'Certificat médical',
    criminal_record: 'Extrait de casier judiciaire',
    fee_payment: 'Preuve du paiement de la redevance',
    hosting_agreement: 'Convention d’accueil (chercheur)',
    federation_certificate: 'Attestation de la fédération (sportif)',
    host_family: 'Documents de la famille d’accueil (au pair)',
    decision_letter: 'Lettre de décision',
    note: 'Note de l’administration',
    other: 'Autre document',
  },
  de: {
    passport: 'Kopie des Reisepasses',
    employment_contract: 'Arbeitsvertrag',
    diploma: 'Diplom',
    cv: 'Lebenslauf',
    salary_proof: 'Gehaltsnachweis',
    medical_certificate: 'Ärztliches Attest',
    criminal_record: 'Auszug aus dem Strafregister',
    fee_payment: 'Nachweis der Gebührenzahlung',
    hosting_agreement: 'Aufnahmevereinbarung (Forscher)',
    federation_certificate: 'Bescheinigung des Verbands (Sportler)',
    host_family: 'Unterlagen der Gastfamilie (Au-pair)',
    decision_letter: 'Entscheidungsschreiben',
    note: 'Vermerk der Behörde',
    other: 'Sonstiges Dokument',
  },
});

export const groundMessages = defineMessages({
  en: groundLabels,
  nl: {
    worker_present_before_authorisation:
      'De werknemer was in België voordat de werkgever de toelating tot arbeid had verkregen',
    not_shortage_occupation: 'De functie staat niet op de lijst van knelpuntberoepen',
    salary_below_threshold: 'Het loon ligt onder de drempel van de categorie',
    diploma_level_not_met: 'Het vereiste diplomaniveau is niet bereikt',
    incomplete_file: 'Het dossier is onvolledig',
    fee_unpaid: 'De retributie is niet betaald',
    fraud_or_false_documents: 'Fraude of valse documenten',
    employer_breach: 'De werkgever overtreedt de regels over lonen of arbeidsvoorwaarden',
    public_order: 'Bedreiging voor de openbare orde',
    region_not_competent: 'Het gewest is niet bevoegd voor de plaats van tewerkstelling',
  },
  fr: {
    worker_present_before_authorisation:
      'Le travailleur était en Belgique avant que l’employeur ait obtenu l’autorisation de travail',
    not_shortage_occupation: 'La fonction ne figure pas sur la liste des métiers en pénurie',
    salary_below_threshold: 'Le salaire est inférieur au seuil de la catégorie',
    diploma_level_not_met: 'Le niveau de diplôme requis n’est pas atteint',
    incomplete_file: 'Le dossier est incomplet',
    fee_unpaid: 'La redevance n’est pas payée',
    fraud_or_false_documents: 'Fraude ou faux documents',
    employer_breach: 'L’employeur enfreint les règles relatives aux salaires ou aux conditions de travail',
    public_order: 'Menace pour l’ordre public',
    region_not_competent: 'La région n’est pas compétente pour le lieu de travail',
  },
  de: {
    worker_present_before_authorisation:
      'Der Arbeitnehmer war in Belgien, bevor der Arbeitgeber die Arbeitserlaubnis erhalten hatte',
    not_shortage_occupation: 'Die Stelle steht nicht auf der Liste der Mangelberufe',
    salary_below_threshold: 'Das Gehalt liegt unter der Schwelle der Kategorie',
    diploma_level_not_met: 'Das erforderliche Abschlussniveau ist nicht erreicht',
    incomplete_file: 'Die Akte ist unvollständig',
    fee_unpaid: 'Die Gebühr ist nicht bezahlt',
    fraud_or_false_documents: 'Betrug oder falsche Unterlagen',
    employer_breach: 'Der Arbeitgeber verstößt gegen die Vorschriften über Löhne oder Arbeitsbedingungen',
    public_order: 'Gefahr für die öffentliche Ordnung',
    region_not_competent: 'Die Region ist für den Beschäftigungsort nicht zuständig',
  },
});

export const roleMessages = defineMessages({
  en: roleLabels,
  nl: {
    applicant: 'Aanvrager',
    work_caseworker: 'Dossierbehandelaar van de gewestelijke dienst',
    residence_officer: 'Dossierbehandelaar van de Dienst Vreemdelingenzaken',
    analyst: 'Analist',
    team_lead: 'Teamleider',
  },
  fr: {
    applicant: 'Demandeur',
    work_caseworker: 'Gestionnaire de dossiers du service régional',
    residence_officer: 'Gestionnaire de dossiers de l’Office des étrangers',
    analyst: 'Analyste',
    team_lead: 'Chef d’équipe',
  },
  de: {
    applicant: 'Antragsteller',
    work_caseworker: 'Sachbearbeiter der regionalen Dienststelle',
    residence_officer: 'Sachbearbeiter des Ausländeramts',
    analyst: 'Analyst',
    team_lead: 'Teamleiter',
  },
});

export const regionMessages = defineMessages({
  en: regionLabels,
  nl: {
    flanders: 'Vlaanderen',
    brussels: 'Brussels Hoofdstedelijk Gewest',
    wallonia: 'Wallonië',
    german_speaking: 'Duitstalige Gemeenschap',
  },
  fr: {
    flanders: 'Flandre',
    brussels: 'Région de Bruxelles-Capitale',
    wallonia: 'Wallonie',
    german_speaking: 'Communauté germanophone',
  },
  de: {
    flanders: 'Flandern',
    brussels: 'Region Brüssel-Hauptstadt',
    wallonia: 'Wallonien',
    german_speaking: 'Deutschsprachige Gemeinschaft',
  },
});

/**
 * A region's name inside a sentence, after the preposition the texts use: "of"/"in" (en),
 * "van"/"in" (nl), "de la"/"en" (fr), "in" with the dative (de).
 */
export const regionInSentenceMessages = defineMessages({
  en: {
    flanders: 'Flanders',
    brussels: 'the Brussels-Capital Region',
    wallonia: 'Wallonia',
    german_speaking: 'the German-speaking Community',
  },
  nl: {
    flanders: 'Vlaanderen',
    brussels: 'het Brussels Hoofdstedelijk Gewest',
    wallonia: 'Wallonië',
    german_speaking: 'de Duitstalige Gemeenschap',
  },
  fr: {
    flanders: 'Flandre',
    brussels: 'Région de Bruxelles-Capitale',
    wallonia: 'Wallonie',
    german_speaking: 'Communauté germanophone',
  },
  de: {
    flanders: 'Flandern',
    brussels: 'der Region Brüssel-Hauptstadt',
    wallonia: 'Wallonien',
    german_speaking: 'der Deutschsprachigen Gemeinschaft',
  },
});

export const provinceMessages = defineMessages({
  en: provinceLabels,
  nl: {
    antwerp: 'Antwerpen',
    limburg: 'Limburg',
    east_flanders: 'Oost-Vlaanderen',
    flemish_brabant: 'Vlaams-Brabant',
    west_flanders: 'West-Vlaanderen',
    brussels_capital: 'Brussel-Hoofdstad (geen provincie)',
    walloon_brabant: 'Waals-Brabant',
    hainaut: 'Henegouwen',
    liege: 'Luik',
    luxembourg: 'Luxemburg',
    namur: 'Namen',
  },
  fr: {
    antwerp: 'Anvers',
    limburg: 'Limbourg',
    east_flanders: 'Flandre orientale',
    flemish_brabant: 'Brabant flamand',
    west_flanders: 'Flandre occidentale',
    brussels_capital: 'Bruxelles-Capitale (pas de province)',
    walloon_brabant: 'Brabant wallon',
    hainaut: 'Hainaut',
    liege: 'Liège',
    luxembourg: 'Luxembourg',
    namur: 'Namur',
  },
  de: {
    antwerp: 'Antwerpen',
    limburg: 'Limburg',
    east_flanders: 'Ostflandern',
    flemish_brabant: 'Flämisch-Brabant',
    west_flanders: 'Westflandern',
    brussels_capital: 'Brüssel-Hauptstadt (keine Provinz)',
    walloon_brabant: 'Wallonisch-Brabant',
    hainaut: 'Hennegau',
    liege: 'Lüttich',
    luxembourg: 'Luxemburg',
    namur: 'Namur',
  },
});

export const sexMessages = defineMessages({
  en: sexLabels,
  nl: { female: 'Vrouw', male: 'Man', other: 'Anders (X)' },
  fr: { female: 'Femme', male: 'Homme', other: 'Autre (X)' },
  de: { female: 'Weiblich', male: 'Männlich', other: 'Divers (X)' },
});

export const situationMessages = defineMessages({
  en: situationLabels,
  nl: {
    abroad: 'In het buitenland',
    student_in_belgium: 'Student in België',
    international_protection: 'Verzoeker of begunstigde van internationale bescherming',
    other_residence_in_belgium: 'Ander verblijfsrecht in België',
  },
  fr: {
    abroad: 'À l’étranger',
    student_in_belgium: 'Étudiant en Belgique',
    international_protection: 'Demandeur ou bénéficiaire d’une protection internationale',
    other_residence_in_belgium: 'Autre droit de séjour en Belgique',
  },
  de: {
    abroad: 'Im Ausland',
    student_in_belgium: 'Student in Belgien',
    international_protection: 'Antragsteller auf oder Begünstigter von internationalem Schutz',
    other_residence_in_belgium: 'Anderes Aufenthaltsrecht in Belgien',
  },
});

export const audienceMessages = defineMessages({
  en: audienceLabels,
  nl: {
    both: 'Beide diensten',
    work: 'Alleen de gewestelijke dienst',
    residence: 'Alleen de Dienst Vreemdelingenzaken',
  },
  fr: {
    both: 'Les deux services',
    work: 'Uniquement le service régional',
    residence: 'Uniquement l’Office des étrangers',
  },
  de: {
    both: 'Beide Dienststellen',
    work: 'Nur die regionale Dienststelle',
    residence: 'Nur das Ausländeramt',
  },
});

export const outcomeMessages = defineMessages({
  en: outcomeLabels,
  nl: { granted: 'Toegekend', refused: 'Geweigerd', inadmissible: 'Onontvankelijk' },
  fr: { granted: 'Accordé', refused: 'Refusé', inadmissible: 'Irrecevable' },
  de: { granted: 'Bewilligt', refused: 'Abgelehnt', inadmissible: 'Unzulässig' },
});

export const partMessages = defineMessages({
  en: partLabels,
  nl: { work: 'Luik arbeid', residence: 'Luik verblijf' },
  fr: { work: 'Volet travail', residence: 'Volet séjour' },
  de: { work: 'Teil Arbeit', residence: 'Teil Aufenthalt' },
});

/** The authority that handles a part, as the applicant names it inside a sentence. */
export const authorityMessages = defineMessages({
  en: authorityLabels,
  nl: { work: 'gewestelijke dienst economische migratie', residence: 'Dienst Vreemdelingenzaken' },
  fr: { work: 'service régional de la migration économique', residence: 'Office des étrangers' },
  de: { work: 'regionale Dienststelle für Wirtschaftsmigration', residence: 'Ausländeramt' },
});

export const requirementMessages = defineMessages({
  en: requirementLabels,
  nl: { mandatory: 'Verplicht', optional: 'Niet verplicht' },
  fr: { mandatory: 'Obligatoire', optional: 'Facultatif' },
  de: { mandatory: 'Erforderlich', optional: 'Freiwillig' },
});

export const checklistStatusMessages = defineMessages({
  en: checklistStatusLabels,
  nl: { uploaded: 'Opgeladen', missing: 'Nog niet opgeladen' },
  fr: { uploaded: 'Chargé', missing: 'Pas encore chargé' },
  de: { uploaded: 'Hochgeladen', missing: 'Noch nicht hochgeladen' },
});

export const scanStatusMessages = defineMessages({
  en: scanStatusLabels,
  nl: {
    pending: 'Wordt op virussen gecontroleerd (meestal minder dan een minuut)',
    clean: 'Geen virus gevonden',
    infected:
      'Virus gevonden: het bestand werd geblokkeerd en kan niet worden geopend. Laad een schone kopie op.',
  },
  fr: {
    pending: 'Analyse antivirus en cours (généralement moins d’une minute)',
    clean: 'Aucun virus détecté',
    infected:
      'Virus détecté : le fichier a été bloqué et ne peut pas être ouvert. Une copie saine doit être chargée.',
  },
  de: {
    pending: 'Wird auf Viren geprüft (meist weniger als eine Minute)',
    clean: 'Kein Virus gefunden',
    infected:
      'Virus gefunden: Die Datei wurde gesperrt und kann nicht geöffnet werden. Bitte laden Sie eine saubere Kopie hoch.',
  },
});

export const supplementStatusMessages = defineMessages({
  en: supplementStatusLabels,
  nl: { open: 'Open', answered: 'Beantwoord', withdrawn: 'Afgesloten: de aanvraag werd ingetrokken' },
  fr: { open: 'En attente', answered: 'Répondu', withdrawn: 'Clôturée : la demande a été retirée' },
  de: { open: 'Offen', answered: 'Beantwortet', withdrawn: 'Abgeschlossen: der Antrag wurde zurückgezogen' },
});

export const actionMessages = defineMessages({
  en: { ...actionLabels, ...eventLabels } as Record<
    | keyof typeof actionLabels
    | 'create_draft'
    | 'download_document'
    | 'read_application'
    | 'take'
    | 'reassign'
    | 'release',
    string
  >,
  nl: {
    edit_draft: 'Ontwerp gewijzigd',
    upload_document: 'Document opgeladen',
    submit: 'Aanvraag ingediend',
    withdraw: 'Aanvraag ingetrokken',
    request_supplement: 'Aanvulling gevraagd',
    answer_supplement: 'Aanvulling beantwoord',
    declare_admissible: 'Ontvankelijk verklaard',
    declare_inadmissible: 'Onontvankelijk verklaard',
    grant_work_part: 'Luik arbeid toegekend',
    refuse_work_part: 'Luik arbeid geweigerd',
    grant_residence_part: 'Luik verblijf toegekend',
    refuse_residence_part: 'Luik verblijf geweigerd',
    assign: 'Toegewezen',
    extend_deadline: 'Beslissingstermijn verlengd',
    create_draft: 'Ontwerp aangemaakt',
    download_document: 'Document gedownload',
    read_application: 'Aanvraag geraadpleegd',
    take: 'Opgenomen door een dossierbehandelaar',
    reassign: 'Opnieuw toegewezen',
    release: 'Teruggegeven aan het team',
  },
  fr: {
    edit_draft: 'Brouillon modifié',
    upload_document: 'Document chargé',
    submit: 'Demande introduite',
    withdraw: 'Demande retirée',
    request_supplement: 'Complément demandé',
    answer_supplement: 'Réponse à la demande de complément',
    declare_admissible: 'Déclarée recevable',
    declare_inadmissible: 'Déclarée irrecevable',
    grant_work_part: 'Volet travail accordé',
    refuse_work_part: 'Volet travail refusé',
    grant_residence_part: 'Volet séjour accordé',
    refuse_residence_part: 'Volet séjour refusé',
    assign: 'Attribuée',
    extend_deadline: 'Délai de décision prolongé',
    create_draft: 'Brouillon créé',
    download_document: 'Document téléchargé',
    read_application: 'Demande consultée',
    take: 'Prise en charge par un gestionnaire',
    reassign: 'Réattribuée',
    release: 'Rendue à l’équipe',
  },
  de: {
    edit_draft: 'Entwurf geändert',
    upload_document: 'Dokument hochgeladen',
    submit: 'Antrag eingereicht',
    withdraw: 'Antrag zurückgezogen',
    request_supplement: 'Ergänzung angefordert',
    answer_supplement: 'Ergänzung beantwortet',
    declare_admissible: 'Für zulässig erklärt',
    declare_inadmissible: 'Für unzulässig erklärt',
    grant_work_part: 'Teil Arbeit bewilligt',
    refuse_work_part: 'Teil Arbeit abgelehnt',
    grant_residence_part: 'Teil Aufenthalt bewilligt',
    refuse_residence_part: 'Teil Aufenthalt abgelehnt',
    assign: 'Zugewiesen',
    extend_deadline: 'Entscheidungsfrist verlängert',
    create_draft: 'Entwurf erstellt',
    download_document: 'Dokument heruntergeladen',
    read_application: 'Antrag eingesehen',
    take: 'Von einem Sachbearbeiter übernommen',
    reassign: 'Neu zugewiesen',
    release: 'An das Team zurückgegeben',
  },
});

/** Headings for API problems, by their code. */
export const problemMessages = defineMessages({
  en: problemLabels,
  nl: {
    validation_failed: 'Sommige gegevens zijn niet geldig',
    unauthenticated: 'Uw sessie is afgelopen. Meld u opnieuw aan.',
    forbidden: 'U mag dit niet doen',
    not_found: 'Niet gevonden',
    illegal_transition: 'Dit kan niet in de huidige stand van de aanvraag',
    version_conflict: 'De aanvraag werd intussen gewijzigd',
    application_incomplete: 'De aanvraag is nog niet volledig',
    file_too_large: 'Het bestand is te groot',
    file_empty: 'Het bestand is leeg',
    file_type_not_allowed: 'Dit soort bestand wordt niet aanvaard. Laad een PDF-, JPEG- of PNG-bestand op.',
    upload_incomplete: 'Het opladen is niet afgerond. Probeer het opnieuw.',
    document_not_scanned:
      'Het bestand wordt nog op virussen gecontroleerd. Probeer het over een minuut opnieuw.',
    document_infected:
      'In dit bestand werd een virus gevonden. Het werd geblokkeerd en kan niet worden gedownload.',
    upload_offset_mismatch:
      'Het opladen liep niet meer gelijk met de server. Probeer opnieuw om verder te gaan waar het stopte.',
    upload_expired: 'Dit opladen is te lang geleden begonnen en werd stopgezet. Laad het bestand opnieuw op.',
    upload_busy: 'Dit bestand wordt nog verwerkt. Wacht even en probeer het opnieuw.',
    rate_limited: 'Te veel verzoeken. Wacht even en probeer het opnieuw.',
    headers_too_large: 'Het verzoek is te lang. Gebruik minder of kortere filters en probeer het opnieuw.',
    storage_unavailable: 'De opslag van documenten is niet beschikbaar. Probeer het later opnieuw.',
    identity_provider_unavailable: 'De aanmeldingsdienst is niet beschikbaar. Probeer het zo meteen opnieuw.',
    internal: 'Er ging bij ons iets mis',
  },
  fr: {
    validation_failed: 'Certaines informations ne sont pas valables',
    unauthenticated: 'Votre session a expiré. Veuillez vous reconnecter.',
    forbidden: 'Vous n’êtes pas autorisé à effectuer cette action',
    not_found: 'Introuvable',
    illegal_transition: 'Ce n’est pas possible dans l’état actuel de la demande',
    version_conflict: 'La demande a été modifiée entre-temps',
    application_incomplete: 'La demande n’est pas encore complète',
    file_too_large: 'Le fichier est trop volumineux',
    file_empty: 'Le fichier est vide',
    file_type_not_allowed: 'Ce type de fichier n’est pas accepté. Chargez un fichier PDF, JPEG ou PNG.',
    upload_incomplete: 'Le chargement n’a pas abouti. Veuillez réessayer.',
    document_not_scanned: 'Le fichier est encore en cours d’analyse antivirus. Réessayez dans une minute.',
    document_infected:
      'Un virus a été détecté dans ce fichier. Il a été bloqué et ne peut pas être téléchargé.',
    upload_offset_mismatch:
      'Le chargement s’est désynchronisé avec le serveur. Réessayez pour reprendre là où il s’est arrêté.',
    upload_expired:
      'Ce chargement a commencé il y a trop longtemps et a été abandonné. Chargez à nouveau le fichier.',
    upload_busy: 'Ce chargement est encore en cours de traitement. Patientez un instant et réessayez.',
    rate_limited: 'Trop de demandes. Patientez un instant et réessayez.',
    headers_too_large:
      'La demande est trop longue. Utilisez moins de filtres, ou des filtres plus courts, et réessayez.',
    storage_unavailable: 'Le stockage des documents est indisponible. Veuillez réessayer plus tard.',
    identity_provider_unavailable: 'Le service de connexion est indisponible. Réessayez dans un instant.',
    internal: 'Une erreur s’est produite de notre côté',
  },
  de: {
    validation_failed: 'Einige Angaben sind nicht gültig',
    unauthenticated: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
    forbidden: 'Sie dürfen diese Aktion nicht ausführen',
    not_found: 'Nicht gefunden',
    illegal_transition: 'Das ist im aktuellen Stand des Antrags nicht möglich',
    version_conflict: 'Der Antrag wurde inzwischen geändert',
    application_incomplete: 'Der Antrag ist noch nicht vollständig',
    file_too_large: 'Die Datei ist zu groß',
    file_empty: 'Die Datei ist leer',
    file_type_not_allowed:
      'Dieser Dateityp wird nicht angenommen. Laden Sie eine PDF-, JPEG- oder PNG-Datei hoch.',
    upload_incomplete: 'Das Hochladen wurde nicht abgeschlossen. Bitte versuchen Sie es erneut.',
    document_not_scanned: 'Die Datei wird noch auf Viren geprüft. Versuchen Sie es in einer Minute erneut.',
    document_infected:
      'In dieser Datei wurde ein Virus gefunden. Sie wurde gesperrt und kann nicht heruntergeladen werden.',
    upload_offset_mismatch:
      'Das Hochladen ist mit dem Server aus dem Takt geraten. Versuchen Sie es erneut, um dort weiterzumachen, wo es stoppte.',
    upload_expired:
      'Dieses Hochladen wurde vor zu langer Zeit begonnen und verworfen. Laden Sie die Datei erneut hoch.',
    upload_busy:
      'Dieses Hochladen wird noch verarbeitet. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
    rate_limited: 'Zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
    headers_too_large:
      'Die Anfrage ist zu lang. Verwenden Sie weniger oder kürzere Filter und versuchen Sie es erneut.',
    storage_unavailable: 'Die Dokumentenablage ist nicht verfügbar. Bitte versuchen Sie es später erneut.',
    identity_provider_unavailable:
      'Der Anmeldedienst ist nicht verfügbar. Bitte versuchen Sie es gleich erneut.',
    internal: 'Bei uns ist ein Fehler aufgetreten',
  },
});
