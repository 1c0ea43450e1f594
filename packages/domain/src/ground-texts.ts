import type { DecisionGround } from './grounds.ts';
import type { Language } from './languages.ts';

/**
 * Each coded ground as the sentence a decision letter states, in every language Loket writes to
 * applicants in. The statistics count the codes; the applicant reads these.
 */
export const groundSentences: Record<DecisionGround, Record<Language, string>> = {
  worker_present_before_authorisation: {
    nl: 'De werknemer verbleef al in België voordat de werkgever de toelating tot arbeid had verkregen.',
    fr: 'Le travailleur séjournait déjà en Belgique avant que l’employeur ait obtenu l’autorisation de travail.',
    de: 'Der Arbeitnehmer hielt sich bereits in Belgien auf, bevor der Arbeitgeber die Arbeitserlaubnis erhalten hatte.',
    en: 'The worker was already in Belgium before the employer had obtained the work authorisation.',
  },
  not_shortage_occupation: {
    nl: 'De functie staat niet op de lijst van knelpuntberoepen.',
    fr: 'La fonction ne figure pas sur la liste des métiers en pénurie.',
    de: 'Die Stelle steht nicht auf der Liste der Mangelberufe.',
    en: 'The function is not on the list of shortage occupations.',
  },
  salary_below_threshold: {
    nl: 'Het loon ligt onder de drempel die voor deze categorie geldt.',
    fr: 'Le salaire est inférieur au seuil applicable à cette catégorie.',
    de: 'Das Gehalt liegt unter der für diese Kategorie geltenden Schwelle.',
    en: 'The salary is below the threshold that applies to this category.',
  },
  diploma_level_not_met: {
    nl: 'Het diplomaniveau voldoet niet aan de voorwaarde van deze categorie.',
    fr: 'Le niveau du diplôme ne répond pas à la condition de cette catégorie.',
    de: 'Das Niveau des Abschlusses erfüllt die Voraussetzung dieser Kategorie nicht.',
    en: 'The level of the diploma does not meet the condition of this category.',
  },
  incomplete_file: {
    nl: 'Het dossier is onvolledig: niet alle vereiste documenten of gegevens werden bezorgd.',
    fr: 'Le dossier est incomplet : tous les documents ou renseignements requis n’ont pas été fournis.',
    de: 'Die Akte ist unvollständig: Nicht alle erforderlichen Unterlagen oder Angaben wurden vorgelegt.',
    en: 'The file is incomplete: not all required documents or information were provided.',
  },
  fee_unpaid: {
    nl: 'De verschuldigde retributie werd niet betaald.',
    fr: 'La redevance due n’a pas été payée.',
    de: 'Die geschuldete Gebühr wurde nicht bezahlt.',
    en: 'The fee due has not been paid.',
  },
  fraud_or_false_documents: {
    nl: 'Er werden valse of vervalste documenten of onjuiste gegevens voorgelegd.',
    fr: 'Des documents faux ou falsifiés ou des informations inexactes ont été présentés.',
    de: 'Es wurden falsche oder gefälschte Unterlagen oder unrichtige Angaben vorgelegt.',
    en: 'False or falsified documents or incorrect information were submitted.',
  },
  employer_breach: {
    nl: 'De werkgever heeft de regels inzake lonen of arbeidsvoorwaarden niet nageleefd.',
    fr: 'L’employeur n’a pas respecté la réglementation relative aux salaires ou aux conditions de travail.',
    de: 'Der Arbeitgeber hat die Vorschriften über Löhne oder Arbeitsbedingungen nicht eingehalten.',
    en: 'The employer has not complied with the rules on wages or working conditions.',
  },
  public_order: {
    nl: 'De werknemer vormt een bedreiging voor de openbare orde of de nationale veiligheid.',
    fr: 'Le travailleur constitue une menace pour l’ordre public ou la sécurité nationale.',
    de: 'Der Arbeitnehmer stellt eine Gefahr für die öffentliche Ordnung oder die nationale Sicherheit dar.',
    en: 'The worker is a threat to public order or national security.',
  },
  region_not_competent: {
    nl: 'Dit gewest is niet bevoegd: de plaats van tewerkstelling ligt in een ander gewest.',
    fr: 'Cette région n’est pas compétente : le lieu d’occupation se situe dans une autre région.',
    de: 'Diese Region ist nicht zuständig: Der Beschäftigungsort liegt in einer anderen Region.',
    en: 'This region is not competent: the place of employment is in another region.',
  },
};

/** The sentence for a ground in a language; throws for a code without a text (a test keeps that from shipping). */
export function groundSentence(ground: DecisionGround, language: Language): string {
  const text = groundSentences[ground]?.[language];
  if (!text) throw new RangeError(`No ${language} sentence for decision ground ${ground}`);
  return text;
}
