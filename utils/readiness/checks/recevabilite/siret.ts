import { checkSiret } from '../../../validation/field-formats';
import { SIRET_RULE } from '../../sources';
import type { FindingDraft, ReadinessCheck } from '../../types';

/**
 * The entity's SIRET (when it has one) and each certifier's: 14 digits with a valid key. A closed or mistyped
 * SIRET makes the request inadmissible.
 */
export const siretCheck: ReadinessCheck = {
  id: 'siret',
  title: 'Les SIRET de l’entité et des certificateurs sont valides (14 chiffres, clé de contrôle)',
  criteria: { RNCP: ['recevabilite'], RS: ['recevabilite'] },
  sources: [SIRET_RULE],
  fields: ['compte.siret', 'demande.certificateurs[].siret'],
  run(ctx) {
    const out: FindingDraft[] = [];
    const check = (path: string, whose: string, required: boolean) => {
      const v = ctx.text(path);
      if (v === '') {
        if (required)
          out.push({ severity: 'bloquant', message: `Indiquez le SIRET ${whose}.`, paths: [path] });
        return;
      }
      const issue = checkSiret(v);
      if (!issue) return;
      out.push({
        severity: issue.severity === 'warning' ? 'a-completer' : 'bloquant',
        message: `SIRET ${whose} : ${issue.message}`,
        paths: [path],
      });
    };
    check('compte.siret', 'de l’entité', ctx.text('compte.siretExiste') === 'Oui');
    const certifiers = ctx.items('demande.certificateurs');
    if (certifiers.length === 0)
      out.push({
        severity: 'bloquant',
        message: 'Indiquez au moins un certificateur (SIRET de l’organisme qui délivre la certification).',
        paths: ['demande.certificateurs[].siret'],
      });
    for (const { index } of certifiers)
      check(`demande.certificateurs[${index}].siret`, `du certificateur ${index + 1}`, true);
    return out;
  },
};
