import { itemText } from '../context';
import { argumentaireId, criterionName, piecesId } from '../criterion-ids';
import { article, framework } from '../sources';
import { frenchList, mentions } from '../text';
import type { FindingDraft, ReadinessCheck, ReadinessContext } from '../types';
import { argumentaireFindings } from './argumentaire';
import { blocs } from './blocs';

const TABLE = 'pieces.tableauCorrespondances';
/** A text that states a correspondence exists (not « aucune correspondance »). */
const STATES = /correspondances?|equivalences?|passerelles?|dispenses?|acquis par equivalence/;
const DENIES = /\b(aucune|pas de|sans|n'est pas demandee|ne sont pas)\b/;

function listOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.map((x) => String(x).trim()).filter(Boolean);
  return typeof v === 'string'
    ? v
        .split(/[,;\n]+/)
        .map((x) => x.trim())
        .filter(Boolean)
    : [];
}

function codeFindings(ctx: ReadinessContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  const own = new Set(
    blocs(ctx)
      .map((b) => b.code)
      .filter(Boolean),
  );
  for (const { item, index } of ctx.items('corresp')) {
    const n = index + 1;
    const fiche = itemText(item, 'ficheDestination').toUpperCase();
    if (ctx.repertoire === 'RS' && fiche !== '' && !fiche.startsWith('RNCP'))
      out.push({
        severity: 'a-completer',
        message: `La correspondance ${n} vise ${fiche} : au Répertoire spécifique, les correspondances se font avec des blocs de certifications du RNCP.`,
        paths: [`corresp[${index}].ficheDestination`],
      });
    const foreign = listOf(item.blocsDestination).filter(
      (c) => fiche !== '' && !c.toUpperCase().startsWith(`${fiche}BC`),
    );
    if (foreign.length > 0)
      out.push({
        severity: 'a-completer',
        message: `Correspondance ${n} : ${frenchList(foreign)} ${foreign.length > 1 ? 'ne sont pas des blocs' : 'n’est pas un bloc'} de ${fiche}.`,
        paths: [`corresp[${index}].blocsDestination`],
      });
    if (ctx.repertoire === 'RNCP') {
      const unknown = listOf(item.blocsSource).filter((c) => !own.has(c));
      if (unknown.length > 0)
        out.push({
          severity: 'a-completer',
          message: `Correspondance ${n} : ${frenchList(unknown)} ${unknown.length > 1 ? 'ne sont pas des blocs' : 'n’est pas un bloc'} de ce dossier.`,
          paths: [`corresp[${index}].blocsSource`],
        });
    }
  }
  return out;
}

/**
 * RNCP 8° / RS 5° (« le cas échéant »): correspondences set up by the applicant are justified and coherent:
 * an argumentaire, the comparison table, codes that designate real blocs. A correspondence announced in the
 * texts but not entered is a finding too.
 */
export const correspondencesCheck: ReadinessCheck = {
  id: 'correspondances',
  title: 'Les correspondances saisies sont justifiées (argumentaire, tableau) et leurs codes cohérents',
  criteria: { RNCP: ['8'], RS: ['5'] },
  sources: [
    article('RNCP', '8'),
    article('RS', '5'),
    framework('C3 (correspondances et équivalences identifiées)'),
  ],
  fields: [
    'corresp[].blocsSource',
    'corresp[].ficheDestination',
    'corresp[].blocsDestination',
    TABLE,
    argumentaireId('RNCP', '8'),
    argumentaireId('RS', '5'),
    piecesId('RNCP', '8'),
    piecesId('RS', '5'),
  ],
  run(ctx, number) {
    const sources = [article(ctx.repertoire, number)];
    const path = argumentaireId(ctx.repertoire, number);
    const items = ctx.items('corresp');
    if (items.length === 0) {
      const texts = [ctx.text(path), ctx.text('fiche.modalitesAcquisitionBlocs')];
      const announced = texts.some((t) =>
        t.split(/(?<=[.;!?])\s+|\n+/).some((s) => mentions(s, STATES) && !mentions(s, DENIES)),
      );
      return announced
        ? [
            {
              severity: 'a-completer',
              message: `Le dossier décrit une correspondance ou une équivalence, mais aucune n’est saisie : ajoutez-la dans « Correspondances » (certification et blocs visés).`,
              paths: ['corresp[].ficheDestination', path],
              sources,
            },
          ]
        : [];
    }
    const entered = `${items.length} correspondance${items.length > 1 ? 's sont saisies' : ' est saisie'}`;
    const out: FindingDraft[] = argumentaireFindings(ctx, number, true, entered);
    if (ctx.attachments(TABLE, piecesId(ctx.repertoire, number)).length === 0)
      out.push({
        severity: 'a-completer',
        message: `Joignez le tableau de correspondance qui compare, compétence par compétence, les blocs mis en correspondance (${criterionName(number)}).`,
        paths: [TABLE],
      });
    out.push(...codeFindings(ctx));
    return out.map((f) => ({ ...f, sources }));
  },
};
