import { checkSiret } from '../../validation/field-formats';
import { piecesId } from '../criterion-ids';
import { article, NOTE_PARTNERS_2020, PARTNER_LIST } from '../sources';
import { fold } from '../text';
import type { FindingDraft, ReadinessCheck, ReadinessContext } from '../types';
import { EXISTENCE, hasPartners, partnerName, partners } from './partners';

const PROCEDURE = 'pieces.procedureControle';
const LIST = 'pieces.listeHabilitations';
const AGREEMENT = /convention|conventionnement|contrat|accord de partenariat|partenariat/;
const SPECIFICATION = /cahier.{0,3}des.{0,3}charges|\bcdc\b|exigences/;

/** Attachments where a certifier files the documents that bind its partners. */
function networkPieces(ctx: ReadinessContext, number: string) {
  return ctx.attachments(piecesId(ctx.repertoire, number), PROCEDURE, LIST);
}

function recordFindings(ctx: ReadinessContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const p of partners(ctx)) {
    const name = partnerName(p);
    const siret = String(p.item.siret ?? '').trim();
    const issue = siret === '' ? null : checkSiret(siret);
    if (siret === '')
      out.push({
        severity: 'a-completer',
        message: `Indiquez le SIRET de ${name}.`,
        paths: [`partenaires[${p.index}].siret`],
      });
    else if (issue && issue.severity !== 'warning')
      out.push({
        severity: 'a-completer',
        message: `SIRET de ${name} : ${issue.message}`,
        paths: [`partenaires[${p.index}].siret`],
      });
    if (String(p.item.habilitation ?? '').trim() === '')
      out.push({
        severity: 'a-completer',
        message: `Précisez l’habilitation de ${name} : former, organiser l’évaluation, ou les deux.`,
        paths: [`partenaires[${p.index}].habilitation`],
      });
  }
  return out;
}

/**
 * RNCP 4° / RS 3° with a partner network (note of 28 February 2020): the certifier formalises its requirements
 * and controls its partners; the models of the partnership agreement and of the cahier des charges are asked
 * for with the request; the partners are listed (R. 6113-16-5).
 */
export const partnerNetworkCheck: ReadinessCheck = {
  id: 'reseau-partenaires',
  title: 'Avec des partenaires : liste complète, modèle de convention et cahier des charges joints',
  criteria: { RNCP: ['4'], RS: ['3'] },
  sources: [NOTE_PARTNERS_2020, PARTNER_LIST],
  fields: [EXISTENCE, 'partenaires[].nom', 'partenaires[].siret', 'partenaires[].habilitation', LIST],
  run(ctx, number) {
    if (!hasPartners(ctx)) return [];
    const sources = [NOTE_PARTNERS_2020, article(ctx.repertoire, number)];
    if (partners(ctx).length === 0)
      return [
        {
          severity: 'bloquant',
          message:
            'Vous indiquez travailler avec des partenaires, mais aucun n’est saisi : ajoutez chaque organisme habilité (nom, SIRET, habilitation).',
          paths: ['partenaires[].nom', EXISTENCE],
          sources: [PARTNER_LIST, NOTE_PARTNERS_2020],
        },
      ];
    const out = recordFindings(ctx).map((f) => ({ ...f, sources: [PARTNER_LIST] }));
    const names = networkPieces(ctx, number).map((a) => fold(a.name));
    const where = [piecesId(ctx.repertoire, number), PROCEDURE];
    if (!names.some((n) => AGREEMENT.test(n)))
      out.push({
        severity: 'a-completer',
        message:
          'Joignez le modèle de convention qui lie le certificateur à ses partenaires (aucune pièce du critère ne porte ce nom) : France compétences le demande avec la demande d’enregistrement.',
        paths: where,
        sources,
      });
    if (!names.some((n) => SPECIFICATION.test(n)))
      out.push({
        severity: 'a-completer',
        message:
          'Joignez le cahier des charges imposé aux partenaires (exigences pour former et organiser les épreuves) : France compétences le demande avec la demande d’enregistrement.',
        paths: where,
        sources,
      });
    return out;
  },
};
