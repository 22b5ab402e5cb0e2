import { select } from '../controls/select';
import { textInput } from '../controls/text-input';
import type { Demande } from '../data/demandes';
import { ROME_SAMPLE } from '../data/enums';

/** NSF / ROME / Formacode: comma-separated text inputs and a native multiple select. */
export function codes(demande: Demande): HTMLElement[] {
  const fields = [
    textInput({
      truth: 'fiche.codesNsf',
      label: 'Code(s) NSF',
      hint: '3 codes maximum, séparés par une virgule (ex. : 326n, 315p)',
      placeholder: '326n, 315p',
      required: true,
    }),
    textInput({
      truth: 'fiche.formacodes',
      label: 'Formacode®',
      hint: '5 codes maximum de 5 chiffres, séparés par une virgule',
      labelling: 'text',
      required: true,
    }),
  ];
  if (demande.repertoire === 'RNCP') {
    fields.splice(
      1,
      0,
      select({
        truth: 'fiche.codesRome',
        label: 'Métiers visés (codes ROME)',
        hint: 'Sélection multiple : maintenez la touche Ctrl. 5 codes maximum.',
        options: ROME_SAMPLE,
        multiple: true,
        size: 5,
        required: true,
      }),
    );
  }
  return fields;
}
