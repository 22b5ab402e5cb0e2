/** The `fieldPath` of a taught mapping that means « ne jamais remplir ce champ ». */
export const NEVER_FILL = 'none';
