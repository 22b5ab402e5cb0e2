/**
 * What the platform's ROME and Formacode searches can answer (a small extract of each thesaurus:
 * the reconstruction has no server). Labels of the realworld fiches where they give one.
 */
export interface CodeEntry {
  code: string;
  label: string;
}

export const ROME_CODES: readonly CodeEntry[] = [
  { code: 'F1106', label: 'Ingénierie et études du BTP' },
  { code: 'F1201', label: 'Conduite de travaux du BTP et de travaux paysagers' },
  { code: 'H1102', label: 'Management et ingénierie d’affaires' },
  { code: 'H1206', label: 'Management et ingénierie études, recherche et développement industriel' },
  { code: 'K1802', label: 'Développement local' },
  { code: 'M1402', label: 'Conseil en organisation et management d’entreprise' },
  { code: 'M1503', label: 'Management des ressources humaines' },
  { code: 'M1801', label: 'Administration de systèmes d’information' },
  { code: 'M1802', label: 'Expertise et support en systèmes d’information' },
  { code: 'M1803', label: 'Direction des systèmes d’information' },
  { code: 'M1805', label: 'Études et développement informatique' },
  { code: 'M1806', label: 'Conseil et maîtrise d’ouvrage en systèmes d’information' },
  { code: 'M1810', label: 'Production et exploitation de systèmes d’information' },
  { code: 'I1401', label: 'Maintenance informatique et bureautique' },
];

export const FORMACODES: readonly CodeEntry[] = [
  { code: '31006', label: 'Sécurité informatique' },
  { code: '31008', label: 'Système information' },
  { code: '31028', label: 'Intelligence artificielle' },
  { code: '31034', label: 'Réseau informatique' },
  { code: '31045', label: 'Cybersécurité' },
  { code: '31057', label: 'Génie logiciel' },
  { code: '31067', label: 'Développement informatique' },
  { code: '31094', label: 'Gestion projet informatique' },
  { code: '32066', label: 'Transition numérique' },
  { code: '33054', label: 'Gestion ressources humaines' },
  { code: '44583', label: 'Formation enseignant' },
  { code: '15234', label: 'Anglais' },
  { code: '22454', label: 'Installation électrique' },
  { code: '24054', label: 'Électricité automobile' },
];
