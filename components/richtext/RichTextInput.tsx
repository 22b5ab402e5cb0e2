import { useState } from 'react';
import { canonicalRich } from '@/utils/richtext';
import { type RichFieldProps, RichTextEditor } from './RichTextEditor';
import './richtext.css';

/**
 * A formatted-text field that becomes an editor when the person enters it: until then it shows
 * the stored value (canonical, sanitized HTML) in the same box, focusable and labelled like the
 * editor. A dossier has some forty such fields; mounting forty editors up front would slow the
 * page for nothing. Once entered, the editor stays.
 */
export function RichTextInput(props: RichFieldProps) {
  const [active, setActive] = useState(false);
  if (active) return <RichTextEditor {...props} />;
  return (
    <div className={`cf-rich${props.invalid ? ' cf-rich--invalid' : ''}`}>
      {/* biome-ignore lint/a11y/useSemanticElements: a textbox of formatted text has no native element; this one turns into the editor on focus. */}
      <div
        id={props.id}
        role="textbox"
        tabIndex={0}
        aria-multiline="true"
        aria-label={props.label}
        aria-describedby={props.describedBy}
        aria-required={props.required || undefined}
        aria-invalid={props.invalid || undefined}
        className="cf-input cf-rich__area cf-rich__area--resting"
        data-field-path={props.path}
        lang="fr"
        onFocus={() => setActive(true)}
        onMouseDown={(e) => {
          // The box is replaced by the editor, which takes the focus (RichTextEditor): the browser's
          // own focus change after mousedown would move it to the page and lose the first keys.
          e.preventDefault();
          setActive(true);
        }}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: re-rendered from the model: subset tags only, all text escaped.
        dangerouslySetInnerHTML={{ __html: canonicalRich(props.value, { links: props.links }) }}
      />
    </div>
  );
}
