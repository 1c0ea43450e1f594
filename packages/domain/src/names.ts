import type { Category, Province, Region, Sex } from './vocabulary.ts';

/**
 * The English names of the codes that the published statistics and the screens share: the words
 * of the parliamentary answer's annexes (quoted so in the exports) and the inboxes' working
 * language. The other languages are @loket/ui's labels.messages.ts; where a screen words a code
 * its own way (a refusal ground as a sentence), that stays with the screen.
 */

export const categoryNames: Record<Category, string> = {
  highly_qualified: 'Highly qualified worker',
  executive: 'Executive',
  eu_blue_card: 'EU Blue Card',
  researcher: 'Researcher',
  athlete: 'Professional athlete, trainer or referee',
  performing_artist: 'Performing artist',
  internship: 'Internship (mandatory, public body or international institution)',
  vocational_training: 'Vocational training',
  shortage_occupation: 'Shortage occupation',
  au_pair: 'Au pair',
  trainee: 'Trainee',
  other: 'Other category',
};

export const regionNames: Record<Region, string> = {
  flanders: 'Flanders',
  brussels: 'Brussels-Capital Region',
  wallonia: 'Wallonia',
  german_speaking: 'German-speaking Community',
};

export const provinceNames: Record<Province, string> = {
  antwerp: 'Antwerp',
  limburg: 'Limburg',
  east_flanders: 'East Flanders',
  flemish_brabant: 'Flemish Brabant',
  west_flanders: 'West Flanders',
  brussels_capital: 'Brussels-Capital (no province)',
  walloon_brabant: 'Walloon Brabant',
  hainaut: 'Hainaut',
  liege: 'Liège',
  luxembourg: 'Luxembourg',
  namur: 'Namur',
};

export const sexNames: Record<Sex, string> = { female: 'Female', male: 'Male', other: 'Other (X)' };
