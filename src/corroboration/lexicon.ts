// Classes of actions and objects that make two statements "the same claim" across French and English wording.
// "la Chine a fourni des drones", "des entreprises chinoises ont expédié des armes", "China shipped drones": supply + weapons.

/** An action class and the word stems that express it (lower case, accents kept). */
export const ACTIONS: Readonly<Record<string, readonly string[]>> = {
  // fournir, livrer, expédier, vendre, envoyer, transférer, approvisionner; supply, ship, deliver, sell, send, provide
  supply: ['fourni', 'fournir', 'fournit', 'fournis', 'fournissait', 'fournissent', 'fournissant', 'fournira', 'fourniture', 'livr', 'expédi', 'vend', 'vendu', 'envoi', 'envoy', 'transfér', 'approvision', 'supplied', 'supply', 'supplies', 'supplying', 'shipped', 'ship', 'shipping', 'shipment', 'deliver', 'sold', 'sell', 'sent', 'send', 'provid', 'armer', 'armait', 'armaient'], // not "armé": l'armée is an army
  // produire, fabriquer, développer, tester; produce, manufacture, build, develop, test
  produce: ['produi', 'produc', 'fabriqu', 'développ', 'test', 'assembl', 'manufactur', 'build', 'built', 'develop'],
  request: ['demand', 'sollicit', 'request', 'asked', 'ask '],
  sanction: ['sanction'],
  visit: ['visite', 'visit', 'rencontr', 'sommet', 'summit', 'met with'],
};

/** Object classes; a drone is a weapon, so both are listed under weapons. */
export const OBJECTS: Readonly<Record<string, readonly string[]>> = {
  weapons: ['drone', 'arme', 'armes', 'armement', 'munition', 'missile', 'obus', 'roquette', 'bombe', 'létal', 'weapon', 'arms', 'ammunition', 'lethal', 'rocket', 'shell', 'uav', 'matériel militaire', 'équipements militaires', 'military equipment'],
  components: ['composant', 'pièce', 'pièces', 'microélectronique', 'microprocesseur', 'puce', 'moteur', 'component', 'part ', 'parts', 'chip', 'engine', 'double usage', 'dual-use'],
};

/** Finds the classes whose stems occur in a lower-cased text. */
export function classesIn(lowered: string, table: Readonly<Record<string, readonly string[]>>): string[] {
  const padded = ` ${lowered} `;
  return Object.entries(table)
    .filter(([, stems]) => stems.some((s) => padded.includes(s.endsWith(' ') ? ` ${s}` : ` ${s}`) || (s.length > 5 && padded.includes(s))))
    .map(([name]) => name);
}
