/**
 * Name pools. The personas are Microsoft's well-known demo tenant users (Megan Bowen, Alex
 * Wilber, ...), so sandbox conversations read like the docs and demos people know.
 */
const words = (text: string): string[] => text.split(/\s*,\s*|\s+/).filter(Boolean);

export const PERSONAS: ReadonlyArray<readonly [string, string]> = (
  'Megan Bowen, Alex Wilber, Adele Vance, Diego Siciliani, Grady Archie, Lee Gu, ' +
  'Lidia Holloway, Nestor Wilke, Patti Fernandez, Johanna Lorenz, Isaiah Langer, ' +
  'Joni Sherman, Allan Deyoung, Henrietta Mueller, Lynne Robbins, Miriam Graham, ' +
  'Pradeep Gupta, Irvin Sayers, Christie Cline, Debra Berger, Enrico Cattaneo, ' +
  'Ben Walters, Cameron White, Emily Braun, Jeff Hay, Kai Carter, Rob Young, Sara Davis, ' +
  'Brian Johnson, Nina Vogel, Hiroshi Tanaka, Yuki Sato, Claire Dubois, Lucas Martin, ' +
  'Oliver Smith, Amelia Jones, Lukas Gruber, Anna Huber, Jack Wilson, Chloe Tremblay'
)
  .split(', ')
  .map((name) => name.split(' ') as [string, string]);

export const FIRST_NAMES: readonly string[] = words(
  'Aaron Abigail Adam Aisha Alan Alicia Amir Andrea Arjun Ava Bruno Carla Carlos ' +
    'Charlotte Chen Daniel David Elena Emma Ethan Fatima Felix Fiona Gabriel Grace Hannah ' +
    'Hugo Ines Ivan Jacob Jasmine Julia Kenji Laura Leon Liam Lina Marco Maria Mateo Maya ' +
    'Mia Noah Nora Omar Paula Priya Rafael Rosa Samuel Sofia Tom Valentina Victor Wei ' +
    'Yara Zoe Ruth Sven Tariq',
);

export const LAST_NAMES: readonly string[] = words(
  'Anderson Bauer Becker Brown Campbell Chen Clark Costa Dubois Evans Fischer Garcia ' +
    'Green Hall Hughes Ito Jensen Kim Klein Kowalski Lambert Lee Lopez Martin Meyer ' +
    'Moreau Morris Nakamura Nguyen Novak OBrien Patel Perez Petit Rossi Schmidt Schneider ' +
    'Silva Singh Suzuki Taylor Thomas Walker Wagner Weber Williams Wright Yamamoto Young ' +
    'Zimmermann',
);

/** Words for generated company names ("Bright Harbor Analytics Ltd"). */
export const COMPANY_WORDS = {
  first: (
    'Alder, Amber, Apex, Aurora, Bayside, Birch, Blue Ridge, Bright, Cedar, Clearwater, ' +
    'Cobalt, Copper, Crescent, Crown, Eastgate, Emerald, Evergreen, Falcon, Golden, ' +
    'Granite, Harbor, Highland, Horizon, Iron, Juniper, Keystone, Lakeside, Maple, ' +
    'Meridian, Millstone, Oakridge, Orchard, Pacific, Pinnacle, Quartz, Redwood, ' +
    'Riverbend, Sapphire, Silverline, Starlight, Summit, Sunrise, Timber, Trident, Valley, ' +
    'Westbrook, Willow, Zenith'
  ).split(', '),
  second: words(
    'Accounting Analytics Architects Bakery Builders Capital Clinics Consulting Dental ' +
      'Design Distribution Energy Engineering Foods Freight Health Hotels Insurance Labs ' +
      'Legal Logistics Manufacturing Marine Media Medical Motors Outfitters Partners ' +
      'Pharmacy Printing Properties Realty Retail Robotics Software Solar Studios Supply ' +
      'Systems Textiles Tools Travel Ventures Wines',
  ),
} as const;

/** Legal-form suffix that fits the company's country. */
export const COMPANY_SUFFIX: Readonly<Record<string, readonly string[]>> = {
  US: ['Inc', 'LLC', 'Corp', 'Co'],
  GB: ['Ltd', 'plc', 'LLP'],
  DE: ['GmbH', 'AG', 'KG'],
  FR: ['SARL', 'SA', 'SAS'],
  AU: ['Pty Ltd', 'Ltd'],
  CA: ['Inc', 'Ltd', 'Corp'],
  JP: ['KK', 'Co Ltd'],
  AT: ['GmbH', 'AG'],
};

/** Lower-case letters and digits only, for user names and domain prefixes. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
