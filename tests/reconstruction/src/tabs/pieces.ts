import { requiredNotice, section, tabForm } from '../controls/section';
import { textArea } from '../controls/textarea';
import { DEFAULT_UPLOAD_HINT, upload } from '../controls/upload';
import type { Demande } from '../data/demandes';
import { PIECES } from '../data/pieces';

export function piecesTab(demande: Demande): HTMLElement {
  const pieces = PIECES.filter((piece) => demande.repertoire === 'RNCP' || !piece.rncpOnly);
  return tabForm(
    requiredNotice(),
    section(
      'Documents à joindre',
      pieces.map((piece) =>
        upload({
          truth: `pieces.${piece.key}`,
          label: piece.label,
          hint: piece.hint ? `${piece.hint} ${DEFAULT_UPLOAD_HINT}` : undefined,
          required: piece.required,
        }),
      ),
    ),
    section(
      'Suivi interne',
      textArea({
        truth: 'none',
        key: 'none:commentaireInterne',
        label: 'Commentaire interne',
        hint: 'Visible uniquement par les déposants de votre entité',
        rows: 3,
      }),
    ),
  );
}
