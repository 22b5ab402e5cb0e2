import { fieldsFor } from '../catalogue';
import type { Dossier } from '../dossier/model';
import { getValue, groupPath, isFilled } from '../dossier/paths';
import { parseFrenchNumber } from './numbers';
import { entryPath, filledItems } from './required';
import type { Problem } from './types';

type DossierLike = Omit<Dossier, 'attachments'>;

const err = (
  path: string,
  fieldId: string,
  code: string,
  message: string,
  severity: Problem['severity'] = 'error',
): Problem => ({
  path,
  fieldId,
  severity,
  code,
  message,
});

const VAE = 'fiche.voiesAcces.vae.autorise';

/** Rules that look at several fields at once. */
export function consistencyProblems(d: DossierLike): Problem[] {
  return [...repertoireRules(d), ...requestRules(d), ...voieRules(d), ...blocRules(d), ...promotionRules(d)];
}

function repertoireRules(d: DossierLike): Problem[] {
  const out: Problem[] = [];
  if (d.repertoire === 'RS' && filledItems(d, 'fiche.blocs').length > 0)
    out.push(
      err(
        entryPath('fiche.blocs').path,
        'fiche.blocs[].libelle',
        'rs-blocs',
        'Une certification du Répertoire spécifique n’est pas organisée en blocs de compétences : retirez les blocs ou choisissez le RNCP.',
      ),
    );
  if (
    getValue(d as Dossier, 'fiche.existencePartenaires') === 'Non' &&
    filledItems(d, 'partenaires').length > 0
  )
    out.push(
      err(
        'fiche.existencePartenaires',
        'fiche.existencePartenaires',
        'partenaires-unexpected',
        'Des partenaires sont saisis alors que « Existence de partenaires » vaut « Non » : vérifiez l’un ou l’autre.',
        'warning',
      ),
    );
  const niveau = getValue(d as Dossier, 'demande.niveauSouhaite');
  if (d.repertoire === 'RNCP' && typeof niveau === 'string' && /^(NIV|Niveau\s*)[12]$/i.test(niveau.trim()))
    out.push(
      err(
        'demande.niveauSouhaite',
        'demande.niveauSouhaite',
        'niveau-range',
        'Le RNCP enregistre sur demande les niveaux 3 à 8 : les niveaux 1 et 2 relèvent du Répertoire spécifique.',
      ),
    );
  return out;
}

function requestRules(d: DossierLike): Problem[] {
  const p = 'demande.numeroFichePrecedente';
  const code = d.previousCode?.trim() ?? '';
  if (d.requestKind === 'premiere' && code)
    return [
      err(
        p,
        p,
        'previous-code-unexpected',
        'Un code de certification précédente est indiqué alors que la demande est une première demande : vérifiez le type de demande.',
        'warning',
      ),
    ];
  if (d.requestKind === 'renouvellement' && code && !code.toUpperCase().startsWith(d.repertoire))
    return [
      err(
        p,
        p,
        'previous-code-repertoire',
        `Le code précédent (${code}) ne correspond pas au répertoire visé (${d.repertoire}) : vérifiez-le.`,
        'warning',
      ),
    ];
  return [];
}

function voieRules(d: DossierLike): Problem[] {
  const out: Problem[] = [];
  const vae = getValue(d as Dossier, VAE);
  if (d.repertoire === 'RNCP' && isFilled(vae) && vae !== 'Autorisé')
    out.push(
      err(
        VAE,
        VAE,
        'vae-closed',
        'Pour le RNCP, l’accès par la validation des acquis de l’expérience (VAE) doit être ouvert (critère 6°) : choisissez « Autorisé ».',
      ),
    );
  const voies = fieldsFor(d.repertoire).filter((f) => /^fiche\.voiesAcces\.\w+\.autorise$/.test(f.id));
  const values = voies.map((f) => getValue(d as Dossier, f.id));
  if (voies[0] && values.every(isFilled) && !values.includes('Autorisé'))
    out.push(err(voies[0].id, voies[0].id, 'no-voie', 'Au moins une voie d’accès doit être « Autorisé ».'));
  return out;
}

function blocRules(d: DossierLike): Problem[] {
  if (d.repertoire !== 'RNCP') return [];
  const seen = new Map<string, number>();
  const out: Problem[] = [];
  for (const { item, index } of filledItems(d, 'fiche.blocs')) {
    const code = typeof item.code === 'string' ? item.code.trim() : '';
    if (!code) continue;
    if (seen.has(code))
      out.push(
        err(
          groupPath('fiche.blocs[].code', index),
          'fiche.blocs[].code',
          'bloc-duplicate',
          `Le code ${code} est déjà utilisé par le bloc ${(seen.get(code) ?? 0) + 1}.`,
        ),
      );
    else seen.set(code, index);
  }
  return out;
}

function promotionRules(d: DossierLike): Problem[] {
  const out: Problem[] = [];
  const years = new Map<number, number>();
  for (const { item, index } of filledItems(d, 'promotions')) {
    const total = parseFrenchNumber((item.nombreCertifies ?? '') as string | number);
    const vae = parseFrenchNumber((item.nombreCertifiesVae ?? '') as string | number);
    if (!Number.isNaN(total) && !Number.isNaN(vae) && vae > total)
      out.push(
        err(
          groupPath('promotions[].nombreCertifiesVae', index),
          'promotions[].nombreCertifiesVae',
          'vae-over-total',
          `Le nombre de certifiés par VAE (${vae}) dépasse le nombre de certifiés de la promotion (${total}).`,
        ),
      );
    const year = parseFrenchNumber((item.annee ?? '') as string | number);
    if (Number.isNaN(year)) continue;
    const first = years.get(year);
    if (first !== undefined)
      out.push(
        err(
          groupPath('promotions[].annee', index),
          'promotions[].annee',
          'promotion-year-duplicate',
          `La promotion ${year} est déjà saisie (promotion ${first + 1}).`,
        ),
      );
    else years.set(year, index);
  }
  return out;
}
