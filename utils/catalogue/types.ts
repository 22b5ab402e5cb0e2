/** Types of the field catalogue. Ids are those of shared/domain/fc-fields.json. */

export type Repertoire = 'RNCP' | 'RS';
export type RepertoireScope = Repertoire | 'both';
export type FieldKind = 'text' | 'textarea' | 'select' | 'multiselect' | 'number' | 'file';
export type SectionId =
  | 'compte'
  | 'demande'
  | 'fiche'
  | 'criteres'
  | 'promotions'
  | 'habilitations'
  | 'correspondances'
  | 'pieces';

/** A catalogue entry as it stands in the domain file (generated data). */
export interface RawField {
  id: string;
  section: SectionId;
  labelFr: string;
  repertoire: RepertoireScope;
  required: boolean;
  maxLength: number | null;
  kind: FieldKind;
  enumRef: string | null;
}

export interface RawEnum {
  values: { code: string; label: string }[];
  pattern?: string;
  maxItems?: number;
}

/** When a field must be filled. `when` makes it depend on another field's value. */
export type RequiredRule =
  | { kind: 'always' }
  | { kind: 'never' }
  | { kind: 'when'; field: string; equals: string; because: string };

/** Repeatable groups of the dossier (blocs, partenaires, …): values are arrays of records. */
export type GroupId = 'demande.certificateurs' | 'fiche.blocs' | 'corresp' | 'partenaires' | 'promotions';

export interface CatalogueField {
  /** Catalogue id, e.g. `fiche.intitule` or `fiche.blocs[].libelle`. */
  id: string;
  section: SectionId;
  /** French label, as in the domain file. */
  label: string;
  /** Short French label for compact displays (editor, reports). */
  shortLabel: string;
  /** Other wordings a page may use for this field (matched like the label). */
  synonyms: readonly string[];
  kind: FieldKind;
  repertoire: RepertoireScope;
  required: RequiredRule;
  /** Default character limit; pages may state a stricter one. */
  maxLength: number | null;
  enumRef: string | null;
  /** Long text that the platform probably edits in a rich-text editor. */
  richText: boolean;
  /** For group members: the group and the key inside one group record. */
  group: GroupId | null;
  key: string;
}

export interface GroupDef {
  id: GroupId;
  label: string;
  itemLabel: string;
  section: SectionId;
  repertoire: RepertoireScope;
  /** Minimum number of items for the dossier to be complete (RNCP: at least one bloc). */
  minItems: Partial<Record<Repertoire, number>>;
}
