import { article, framework } from '../sources';
import { excerpt, fold, frenchList, lines, wordCount } from '../text';
import type { FindingDraft, ReadinessCheck } from '../types';
import { competenceTexts } from './referential-texts';

/** A line that states knowledge or a training objective rather than a compétence. */
const KNOWLEDGE =
  /^(connaissances?|connaitre|notions?|savoirs?|maitrise d|sensibilisations?|etre sensibilise|comprendre|decouvrir|apprendre|culture generale|initiation)\b/;
/** A line that starts with a noun of activity (« Installation de… ») instead of an action verb. */
const ACTIVITY_NOUN = /^[a-z]+(tion|sion|ment|ance|ence|age)s?\b/;
/** Infinitives end like this, pronominal ones start with « se » / « s’ ». */
const INFINITIVE = /^(se |s')?[a-z-]+(er|ir|re|oir)\b/;

function misworded(line: string): 'savoir' | 'activite' | null {
  const f = fold(line).trim();
  if (wordCount(line) < 3 || f.endsWith(':')) return null;
  if (KNOWLEDGE.test(f)) return 'savoir';
  if (!INFINITIVE.test(f) && ACTIVITY_NOUN.test(f)) return 'activite';
  return null;
}

/**
 * RNCP 3° / RS 2°: compétences are written as compétences, an action verb in a professional context; a
 * knowledge item (« Connaissance de… ») or an activity noun (« Gestion de… ») is a classic remark.
 */
export const competenceWordingCheck: ReadinessCheck = {
  id: 'ecriture-competences',
  title:
    'Les compétences sont écrites comme des compétences (verbe d’action, contexte), pas comme des savoirs',
  criteria: { RNCP: ['3'], RS: ['2'] },
  sources: [article('RNCP', '3'), article('RS', '2'), framework('C4 (règles d’écriture des compétences)')],
  fields: ['fiche.competencesAttestees', 'fiche.blocs[].listeCompetences'],
  run(ctx, number) {
    const out: FindingDraft[] = [];
    for (const t of competenceTexts(ctx)) {
      if (t.path === 'fiche.activitesVisees') continue;
      const bad = lines(t.text).filter((l) => misworded(l) !== null);
      if (bad.length === 0) continue;
      const shown = frenchList(bad.slice(0, 3).map((l) => `« ${excerpt(l, 50)} »`));
      out.push({
        severity: 'a-completer',
        message: `${bad.length > 1 ? `${bad.length} lignes sont rédigées` : 'Une ligne est rédigée'} comme des savoirs ou des activités plutôt que comme des compétences : ${shown}${bad.length > 3 ? '…' : ''}. Commencez par un verbe d’action et précisez le contexte professionnel.`,
        paths: [t.path],
        sources: [article(ctx.repertoire, number), framework('C4 (règles d’écriture des compétences)')],
      });
    }
    return out;
  },
};
