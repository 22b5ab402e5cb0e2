import { autocomplete } from '../controls/autocomplete';
import { textInput } from '../controls/text-input';
import { FORMACODES, ROME_CODES } from '../data/codes';
import type { Demande } from '../data/demandes';

/** NSF: comma-separated text. ROME and Formacode: asynchronous pickers with chips. */
export function codes(demande: Demande): HTMLElement[] {
  const fields = [
    textInput({
      truth: 'fiche.codesNsf',
      label: 'Code(s) NSF',
      hint: '3 codes maximum, séparés par une virgule (ex. : 326n, 315p)',
      placeholder: '326n, 315p',
      required: true,
    }),
    autocomplete({
      truth: 'fiche.formacodes',
      label: 'Formacode®',
      labelling: 'aria-labelledby',
      hint: 'Saisissez un code ou un mot, puis choisissez dans la liste. 5 codes maximum.',
      entries: FORMACODES,
      maxItems: 5,
      placeholder: 'Ex. : 31006 ou sécurité',
      required: true,
    }),
  ];
  if (demande.repertoire === 'RNCP') {
    fields.splice(
      1,
      0,
      autocomplete({
        truth: 'fiche.codesRome',
        label: 'Métiers visés (codes ROME)',
        hint: 'Saisissez un code ou un intitulé de métier, puis choisissez dans la liste. 5 codes maximum.',
        entries: ROME_CODES,
        maxItems: 5,
        placeholder: 'Ex. : M1805 ou développement',
        required: true,
      }),
    );
  }
  return fields;
}
