import { article, NOTE_BLOCS_2019 } from '../sources';
import { excerpt, fold } from '../text';
import type { FindingDraft, ReadinessCheck } from '../types';
import { blocName, blocs } from './blocs';

/** Nouns that name a job or a person rather than a set of compétences. */
const JOB =
  /^(technicien|technicienne|agent|agente|assistant|assistante|responsable|charge|chargee|manager|operateur|operatrice|conseiller|conseillere|gestionnaire|directeur|directrice|ingenieur|ingenieure|developpeur|developpeuse|animateur|animatrice|coordinateur|coordinatrice|consultant|consultante|administrateur|administratrice|commercial|commerciale|vendeur|vendeuse|employe|employee|chef|educateur|educatrice|formateur|formatrice|comptable|secretaire|acheteur|acheteuse|auditeur|auditrice|metier)\b/;
/** After a job noun, these make it a verb (« Conseiller la clientèle », « Gérer les stocks »). */
const VERB_OBJECT = /^\S+\s+(le|la|les|l'|un|une|sa|son|ses|leur|leurs|au|aux|a|en)\b/;
const GENERIC = /^(bloc|module|partie|unite)\s*(de competences\s*)?(n\s*)?\d*$/;

/**
 * RNCP 7° (note of 27 June 2019 on blocs): a bloc is a coherent set of compétences for an autonomous
 * activity; its title names that activity, not a job (« Technicien… ») nor a number (« Bloc 2 »).
 */
export const blocTitlesCheck: ReadinessCheck = {
  id: 'blocs-intitules',
  title: 'Les intitulés de blocs nomment une activité, pas un métier ni la certification entière',
  criteria: { RNCP: ['7'] },
  sources: [article('RNCP', '7'), NOTE_BLOCS_2019],
  fields: ['fiche.blocs[].libelle'],
  run(ctx) {
    const out: FindingDraft[] = [];
    const title = fold(ctx.text('fiche.intitule')).trim();
    for (const b of blocs(ctx)) {
      if (b.libelle === '') continue;
      const f = fold(b.libelle).trim();
      const path = `fiche.blocs[${b.index}].libelle`;
      if (title !== '' && f === title)
        out.push({
          severity: 'a-completer',
          message: `L’intitulé du ${blocName(b)} (« ${excerpt(b.libelle)} ») reprend celui de la certification : un bloc couvre une partie des compétences, nommez l’activité qu’il permet d’exercer.`,
          paths: [path],
        });
      else if (JOB.test(f) && !VERB_OBJECT.test(f))
        out.push({
          severity: 'a-completer',
          message: `L’intitulé du ${blocName(b)} (« ${excerpt(b.libelle)} ») est un nom de métier : nommez l’activité que le bloc permet d’exercer (verbe d’action).`,
          paths: [path],
        });
      else if (GENERIC.test(f))
        out.push({
          severity: 'a-completer',
          message: `L’intitulé du ${blocName(b)} (« ${b.libelle} ») ne dit pas ce que le bloc couvre : nommez l’activité.`,
          paths: [path],
        });
    }
    return out;
  },
};
