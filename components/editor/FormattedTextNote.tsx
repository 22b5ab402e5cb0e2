import { looksLikeHtml } from '@/utils/fill/target';
import { plainTextOfHtml } from '@/utils/validation/plain-text';

interface Props {
  id: string;
  value: string;
  onConvert: (plain: string) => void;
}

/**
 * A value kept with its formatting (HTML from an imported dossier): it is pasted with that
 * formatting into the platform's rich-text editors, and counted as the text they show. The tags
 * are shown as they are; the person may turn the value into plain text instead.
 */
export function FormattedTextNote({ id, value, onConvert }: Props) {
  if (!looksLikeHtml(value)) return null;
  return (
    <p className="cf-formatted-note" id={id}>
      Texte mis en forme (balises HTML) : la mise en forme est conservée au pré-remplissage d’un éditeur de
      texte riche, et le compteur compte le texte affiché, sans les balises.{' '}
      <button type="button" className="cf-link-button" onClick={() => onConvert(plainTextOfHtml(value))}>
        Convertir en texte simple
      </button>
    </p>
  );
}
