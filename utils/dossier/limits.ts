/**
 * Most items a repeatable group may hold (blocs, partenaires, promotions…). Real fiches list a few
 * dozen partners at most; the bound keeps a malformed import or a taught mapping to
 * `fiche.blocs[99999999].libelle` from allocating millions of empty items.
 */
export const MAX_GROUP_ITEMS = 500;
