import { RENEWAL_NOTICE } from '../../sources';
import type { ReadinessCheck } from '../../types';

const CODE = 'demande.numeroFichePrecedente';

/** A renewal is declared as such, with the code of the certification being renewed (RNCP… / RS…). */
export const renewalCodeCheck: ReadinessCheck = {
  id: 'code-renouvellement',
  title: 'Un renouvellement donne le code de la certification renouvelée',
  criteria: { RNCP: ['recevabilite'], RS: ['recevabilite'] },
  sources: [RENEWAL_NOTICE],
  fields: [CODE],
  run(ctx) {
    if (ctx.dossier.requestKind !== 'renouvellement') return [];
    const code = (ctx.dossier.previousCode ?? '').trim().toUpperCase();
    if (code === '')
      return [
        {
          severity: 'bloquant',
          message: `La demande est un renouvellement : indiquez le code de la certification renouvelée (${ctx.repertoire}…).`,
          paths: [CODE],
        },
      ];
    const pattern = ctx.repertoire === 'RNCP' ? /^RNCP\d{3,6}$/ : /^RS\d{2,5}$/;
    if (pattern.test(code)) return [];
    return [
      {
        severity: 'a-completer',
        message: `Le code de la certification renouvelée (« ${code} ») n’a pas la forme d’un code ${ctx.repertoire} (ex. ${ctx.repertoire === 'RNCP' ? 'RNCP35185' : 'RS5678'}).`,
        paths: [CODE],
      },
    ];
  },
};
