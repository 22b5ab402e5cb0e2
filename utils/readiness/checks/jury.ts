/** What a jury composition must show: people from outside the training, professionals of the trade. */
import { mentions } from '../text';

const PROFESSIONAL =
  /(professionnel|expert|praticien|evaluateur|employeur|salarie|chef d'entreprise|dirigeant|representant|tuteur|maitre d'apprentissage)s?/;
const OUTSIDE =
  /exterieure?s?|externes?|independante?s?|n'ayant pas (prepare|forme|participe|suivi)|en activite|du secteur|du metier|de la branche|des entreprises|d'entreprises?|de la profession|issue?s? (du|des|de la|de l')|representants? des (employeurs|salaries)/;

/** Members who come from the trade by definition: the employers' or employees' side, the profession. */
const FROM_THE_TRADE =
  /representants? (du |des |de la |de l')?(college )?(employeurs?|salaries?|profession|branche|entreprises?)|representants? du monde (economique|professionnel|de l'entreprise)|college (des )?(employeurs?|salaries?)|membres? (professionnels?|de la profession)|experts? professionnels?|professionnels? (du secteur|du metier|exterieurs?|en activite)/;

/** Whether one sentence (or list item) of the composition names a professional from outside the training body. */
export function namesOutsideProfessional(composition: string): boolean {
  return composition
    .split(/(?<=[.;!?])\s+|\n+/)
    .some(
      (sentence) =>
        mentions(sentence, FROM_THE_TRADE) ||
        (mentions(sentence, PROFESSIONAL) && mentions(sentence, OUTSIDE)),
    );
}

export const VOIES: readonly { key: string; label: string }[] = [
  { key: 'fi', label: 'formation initiale (élève ou étudiant)' },
  { key: 'ca', label: 'apprentissage' },
  { key: 'fc', label: 'formation continue' },
  { key: 'cq', label: 'contrat de professionnalisation' },
  { key: 'cl', label: 'candidature individuelle' },
  { key: 'vae', label: 'VAE' },
];
