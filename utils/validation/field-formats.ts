import type { CatalogueField } from '../catalogue';
import { type BlocCodeContext, checkBlocCodeIn } from './bloc-codes';
import {
  checkBlocCode,
  checkEmail,
  checkFicheCode,
  checkFormacode,
  checkNsf,
  checkPhone,
  checkRome,
  checkUrl,
  type FormatIssue,
} from './formats';
import { checkCount, checkPercentage, checkRange, checkYear } from './numbers';
import { normaliseSiret, siretIssue } from './siret';

/** What a format rule may need to know of the dossier (none on a platform page). */
export type FormatContext = BlocCodeContext;

/** The blocs of this certification: provisional codes allowed until the fiche has its number. */
const OWN_BLOC_CODES = new Set(['fiche.blocs[].code', 'corresp[].blocsSource']);

type ScalarRule = (v: string | number, today: Date) => FormatIssue | null;

/** Code formats by the catalogue's enumRef; applied to each item of a list. */
const CODE_RULES: Record<string, (v: string) => FormatIssue | null> = {
  codeROME: checkRome,
  codeNSF: checkNsf,
  codeFormacode: checkFormacode,
  codeBloc: checkBlocCode,
  numeroFiche: checkFicheCode,
};

/** What one item is called in count messages. */
export const ITEM_NAMES: Record<string, [string, string]> = {
  codeROME: ['code ROME', 'codes ROME'],
  codeNSF: ['code NSF', 'codes NSF'],
  codeFormacode: ['Formacode', 'Formacodes'],
  codeBloc: ['bloc', 'blocs'],
};

/** Rules for one field, by catalogue id. */
const FIELD_RULES: Record<string, ScalarRule> = {
  'compte.email': (v) => checkEmail(String(v).trim()),
  'compte.telephone': (v) => checkPhone(String(v).trim()),
  'demande.certificateurs[].siteInternet': (v) => checkUrl(String(v).trim()),
  'fiche.lienUrlDescription': (v) => checkUrl(String(v).trim()),
  'demande.dureeSouhaitee': (v) => checkRange(v, 1, 5, 'ans'),
  'fiche.dureeValidite': (v) => checkCount(v),
  'promotions[].annee': (v, today) => checkYear(v, today),
  'promotions[].nombreCertifies': (v) => checkCount(v),
  'promotions[].nombreCertifiesVae': (v) => checkCount(v),
  'promotions[].tauxInsertionGlobal6mois': (v) => checkPercentage(v),
  'promotions[].tauxInsertionMetier6mois': (v) => checkPercentage(v),
  'promotions[].tauxInsertionMetier2ans': (v) => checkPercentage(v),
};

const SIRET_MESSAGES = {
  digits: 'Le SIRET ne doit contenir que des chiffres.',
  length: 'Le SIRET doit comporter 14 chiffres',
  key: 'La clé de contrôle du SIRET est incorrecte : vérifiez les chiffres saisis.',
  spaces: 'Saisissez le SIRET sans espaces ni points',
} as const;

export function checkSiret(v: string): FormatIssue | null {
  const kind = siretIssue(v);
  if (!kind) return null;
  const compact = normaliseSiret(v.trim());
  if (kind === 'length')
    return {
      code: 'siret-length',
      message: `${SIRET_MESSAGES.length} (${compact.length} saisi${compact.length > 1 ? 's' : ''}).`,
    };
  if (kind === 'spaces')
    return { code: 'siret-spaces', message: `${SIRET_MESSAGES.spaces} : ${compact}.`, severity: 'warning' };
  return { code: `siret-${kind}`, message: SIRET_MESSAGES[kind] };
}

/** Format problems of one filled scalar value (lists are handled item by item by the caller). */
export function scalarFormatIssue(
  field: CatalogueField,
  v: string | number,
  today: Date,
  ctx: FormatContext = {},
): FormatIssue | null {
  const rule = FIELD_RULES[field.id];
  if (rule) return rule(v, today);
  if (typeof v !== 'string') return null;
  if (field.enumRef === 'siret') return checkSiret(v);
  const code = codeRuleOf(field, ctx);
  return code ? code(v.trim()) : null;
}

export function codeRuleOf(
  field: CatalogueField,
  ctx: FormatContext = {},
): ((v: string) => FormatIssue | null) | null {
  if (OWN_BLOC_CODES.has(field.id)) return (v) => checkBlocCodeIn(v, ctx);
  return (field.enumRef && CODE_RULES[field.enumRef]) || null;
}
