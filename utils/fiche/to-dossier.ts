import { appliesTo, type CatalogueField, getGroup, type Repertoire } from '../catalogue';
import { createDossier } from '../dossier/factory';
import { Dossier, type FieldValue, type GroupItem, MAX_TEXT } from '../dossier/model';
import { FicheReadError } from './errors';
import { inactiveItem } from './inactive-items';
import { knownReason } from './known-tags';
import { leafPaths } from './leaf-paths';
import { nodesAt, type RawNode, textAt } from './raw-node';
import type { FicheImportReport, ImportedLine, LeftOutLine } from './report';
import { repertoireOf } from './summary';
import { convertValue, isoFromFrenchDate } from './values';
import { MAPPED_PATHS, XML_MAP } from './xml-map';

export interface FicheImport {
  dossier: Dossier;
  report: FicheImportReport;
}

const other = (r: Repertoire) => (r === 'RNCP' ? 'RS' : 'RNCP');

/** Converts the texts at a path for a field; a problem becomes a warning, never a failure. */
function valueFor(
  field: CatalogueField,
  texts: string[],
  warnings: string[],
  where: string,
): { value: FieldValue; listed: boolean } | null {
  const converted = convertValue(field, texts);
  if (!converted) return null;
  if (!converted.ok) {
    warnings.push(`${where} : ${converted.reason}, non repris.`);
    return null;
  }
  const { value } = converted;
  if (typeof value === 'string' && value.length > MAX_TEXT) {
    warnings.push(`${where} : texte de plus de ${MAX_TEXT.toLocaleString('fr-FR')} caractères, non repris.`);
    return null;
  }
  return converted;
}

function renewalName(numero: string, intitule: string): string {
  const suffix = ` — renouvellement ${numero}`;
  return `${(intitule || 'Certification').slice(0, 200 - suffix.length)}${suffix}`;
}

/**
 * One fiche of the export as a renewal dossier: every element the catalogue's `xmlTag` mapping
 * knows, converted (lists restored in long texts, Oui/Non and codes as the platform's choices),
 * and a report of what was left out. Throws only when the fiche has no usable number.
 */
export function ficheToDossier(fiche: RawNode, now = new Date()): FicheImport {
  const numero = textAt(fiche, 'NUMERO_FICHE')?.toUpperCase() ?? '';
  const repertoire = repertoireOf(numero);
  if (!repertoire)
    throw new FicheReadError(
      'not-export',
      `Fiche sans numéro RNCP ou RS reconnaissable (« ${numero || 'vide'} ») : elle ne peut pas être renouvelée.`,
    );
  const intitule = textAt(fiche, 'INTITULE') ?? '';
  const values: Record<string, FieldValue> = {};
  const groups: Record<string, GroupItem[]> = {};
  const imported: ImportedLine[] = [];
  const skipped: LeftOutLine[] = [];
  const warnings: string[] = [];
  let valueCount = 0;

  for (const { field, path } of XML_MAP.scalars) {
    const nodes = nodesAt(fiche, path);
    if (nodes.every((n) => n.text.trim() === '')) continue;
    if (!appliesTo(field, repertoire)) {
      const sample = nodes[0]?.text.trim().slice(0, 200) ?? '';
      skipped.push({
        path,
        count: nodes.length,
        sample,
        reason: `champ des seules demandes ${other(repertoire)}`,
      });
      continue;
    }
    const got = valueFor(
      field,
      nodes.map((n) => n.text),
      warnings,
      field.shortLabel,
    );
    if (!got) continue;
    values[field.id] = got.value;
    valueCount++;
    const count = Array.isArray(got.value) ? got.value.length : 1;
    imported.push({ id: field.id, label: field.shortLabel, count, listsRestored: got.listed });
  }

  for (const mapping of XML_MAP.groups) {
    const def = getGroup(mapping.group);
    const items = nodesAt(fiche, mapping.itemPath);
    if (items.length === 0) continue;
    if (def.repertoire !== 'both' && def.repertoire !== repertoire) {
      skipped.push({
        path: mapping.itemPath,
        count: items.length,
        sample: '',
        reason: `${def.label.toLowerCase()} : propres aux demandes ${def.repertoire}`,
      });
      continue;
    }
    const records: GroupItem[] = [];
    let listed = false;
    items.forEach((item, i) => {
      const where = `${def.itemLabel} ${i + 1}`;
      const inactive = inactiveItem(mapping.group, item);
      if (inactive) {
        skipped.push({ path: mapping.itemPath, count: 1, sample: inactive.sample, reason: inactive.reason });
        return;
      }
      const record: GroupItem = {};
      for (const member of mapping.members) {
        const texts = nodesAt(item, member.path).map((n) => n.text);
        const got = valueFor(member.field, texts, warnings, `${where}, ${member.field.shortLabel}`);
        if (!got) continue;
        record[member.field.key] = got.value;
        listed ||= got.listed;
        valueCount++;
      }
      if (Object.keys(record).length > 0) records.push(record);
      else warnings.push(`${where} (${describeItem(item)}) : rien à reprendre dans la fiche, à saisir.`);
    });
    if (records.length === 0) continue;
    groups[mapping.group] = records;
    imported.push({ id: mapping.group, label: def.label, count: records.length, listsRestored: listed });
  }

  const unknown: LeftOutLine[] = [];
  for (const leaf of leafPaths(fiche)) {
    if (MAPPED_PATHS.has(leaf.path)) continue;
    const reason = knownReason(leaf.path);
    (reason ? skipped : unknown).push({ ...leaf, reason });
  }

  const base = createDossier(repertoire, renewalName(numero, intitule), now);
  const dossier = Dossier.parse({
    ...base,
    requestKind: 'renouvellement',
    previousCode: numero,
    values,
    groups: { ...base.groups, ...groups },
  });
  const duree = Number(textAt(fiche, 'DUREE_ENREGISTREMENT'));
  const report: FicheImportReport = {
    numero,
    intitule,
    repertoire,
    registration: {
      etat: textAt(fiche, 'ETAT_FICHE'),
      type: textAt(fiche, 'TYPE_ENREGISTREMENT'),
      decidedOn: isoFromFrenchDate(textAt(fiche, 'DATE_DECISION') ?? ''),
      endsOn: isoFromFrenchDate(textAt(fiche, 'DATE_FIN_ENREGISTREMENT') ?? ''),
      years: Number.isFinite(duree) && duree > 0 ? duree : null,
    },
    imported,
    valueCount,
    skipped,
    unknown,
    warnings,
  };
  return { dossier, report };
}

/** « SNVEL », for a message about an item: its name when it has one. */
function describeItem(item: RawNode): string {
  const named = item.children.find((c) => c.name.startsWith('NOM_') && c.text.trim());
  const any = item.children.find((c) => c.text.trim());
  const text = (named ?? any)?.text.trim();
  return text ? `« ${text.slice(0, 80)} »` : 'élément vide';
}
