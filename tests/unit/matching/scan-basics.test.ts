// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectRepertoire } from '@/utils/matching/page-context';
import { scanRoot } from '@/utils/matching/scan';
import type { RecognisedField } from '@/utils/matching/types';

const pathsOf = (fields: RecognisedField[]) =>
  fields.map((f) => (f.decision === 'auto' ? f.path : f.decision));

describe('scanRoot: what counts as a control', () => {
  it('skips hidden inputs, buttons and our own UI; keeps every fillable kind', () => {
    document.body.innerHTML = `
      <input type="hidden" name="csrf"><button>Envoyer</button><input type="submit"><input type="button" value="x">
      <div data-certifill-ui><label for="u">Intitulé</label><input id="u"></div>
      <label for="a">Intitulé de la certification</label><input id="a">
      <label for="b">Code(s) NSF</label><select id="b" multiple><option>310m</option></select>
      <label for="c">Niveau de qualification souhaité</label><select id="c"><option>Niveau 6</option></select>
      <p>Votre entité possède-t-elle un SIRET ?</p>
      <label><input type="radio" name="s" value="o"> Oui</label><label><input type="radio" name="s" value="n"> Non</label>
      <label for="d">Délégation de mandat</label><input type="file" id="d">
      <label for="e">Téléphone</label><input type="tel" id="e">
      <p id="f-l">Activités visées</p><div class="ql-editor" contenteditable="true" aria-labelledby="f-l"><p contenteditable="true">x</p></div>
      <label><input type="checkbox"> Se souvenir de moi</label>`;
    const fields = scanRoot(document, { repertoire: 'RNCP' });
    expect(fields.map((f) => f.control)).toEqual([
      'text',
      'multiselect',
      'select',
      'radio',
      'file',
      'text',
      'richtext',
      'checkbox',
    ]);
    expect(fields[3]?.radios).toHaveLength(2);
    expect(pathsOf(fields)).toEqual([
      'fiche.intitule',
      'fiche.codesNsf',
      'demande.niveauSouhaite',
      'compte.siretExiste',
      'compte.pjDelegationMandat',
      'compte.telephone',
      'fiche.activitesVisees',
      'a_verifier',
    ]);
  });

  it('goes into open shadow roots and same-origin frames, at most 4 levels deep', () => {
    document.body.innerHTML =
      '<div id="h1"></div><iframe srcdoc="<label for=x>Prénom</label><input id=x>"></iframe>';
    let host = document.getElementById('h1') as HTMLElement;
    const depths: string[] = ['Nom', 'Prénom', 'Téléphone', 'Adresse électronique', 'SIRET'];
    for (const label of depths) {
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = `<label for="i">${label}</label><input id="i"><div class="next"></div>`;
      host = shadow.querySelector('.next') as HTMLElement;
    }
    const labels = scanRoot(document).map((f) => f.label);
    expect(labels).toEqual(['Nom', 'Prénom', 'Téléphone', 'Adresse électronique', 'Prénom']);
  });
});

describe('scanRoot: rich-text editors', () => {
  it('names an iframe editor (TinyMCE) after the textarea it replaced, and skips editor chrome', () => {
    document.body.innerHTML = `<h1>Demande RNCP</h1>
      <label for="obj">Objectifs et contexte de la certification</label>
      <textarea id="obj" style="display: none"></textarea>
      <div class="tox tox-tinymce"><div class="tox-toolbar"><input class="tox-textfield" value="12pt"></div>
        <div class="tox-edit-area"><iframe class="tox-edit-area__iframe" title="Zone de texte riche"
          srcdoc="<body class='mce-content-body' contenteditable='true'><p>Texte</p></body>"></iframe></div></div>
      <p>Compétences attestées</p>
      <div class="ql-toolbar"></div><div class="ql-container"><div class="ql-editor" contenteditable="true"><p><br></p></div>
        <div class="ql-clipboard" contenteditable="true"></div><div class="ql-tooltip ql-hidden"><input type="text"></div></div>`;
    const doc = (document.querySelector('iframe') as HTMLIFrameElement).contentDocument as Document;
    const fields = scanRoot(document);
    expect(fields.map((f) => [f.control, f.path])).toEqual([
      ['richtext', 'fiche.objectifsContexte'],
      ['richtext', 'fiche.competencesAttestees'],
    ]);
    expect(fields[0]?.element).toBe(doc.body);
  });
});

describe('scanRoot: context decides between look-alike fields', () => {
  it('reads the repertoire from the page: « Critère 3° » is RNCP 3° or RS 3°', () => {
    const page = (h1: string) => `<h1>${h1}</h1><h2>Critère 3° — Qualité des référentiels</h2>
      <label for="t">Argumentaire</label><textarea id="t"></textarea>`;
    document.body.innerHTML = page('Demande d’enregistrement au RNCP');
    expect(detectRepertoire(document)).toBe('RNCP');
    expect(scanRoot(document)[0]?.path).toBe('rncp.critere3.argumentaire');
    document.body.innerHTML = page('Demande d’enregistrement au répertoire spécifique');
    expect(detectRepertoire(document)).toBe('RS');
    expect(scanRoot(document)[0]?.path).toBe('rs.critere3.argumentaire');
  });

  it('tells a bloc’s « Modalités d’évaluation » from the certification’s', () => {
    document.body.innerHTML = `
      <section><h3>Bloc de compétences n° 1</h3>
        <label for="a">Intitulé</label><input id="a">
        <label for="b">Modalités d’évaluation</label><textarea id="b"></textarea></section>
      <section><h3>Bloc de compétences n° 2</h3>
        <label for="c">Intitulé</label><input id="c">
        <label for="d">Modalités d’évaluation</label><textarea id="d"></textarea></section>
      <section><h3>Évaluation de la certification</h3>
        <label for="e">Modalités d’évaluation</label><textarea id="e"></textarea></section>`;
    expect(pathsOf(scanRoot(document))).toEqual([
      'fiche.blocs[0].libelle',
      'fiche.blocs[0].modalitesEvaluation',
      'fiche.blocs[1].libelle',
      'fiche.blocs[1].modalitesEvaluation',
      'fiche.modalitesEvaluation',
    ]);
  });

  it('reads the voie from the row or the legend, the criterion from the heading', () => {
    document.body.innerHTML = `<h1>Dossier RNCP</h1>
      <fieldset><legend>Par expérience (VAE)</legend>
        <label for="a">Composition du jury</label><textarea id="a"></textarea></fieldset>
      <fieldset><legend>En contrat d’apprentissage</legend>
        <label for="b">Composition du jury</label><textarea id="b"></textarea></fieldset>
      <h3>Critère 4° — Procédures de contrôle</h3>
      <label for="c">Pièces justificatives</label><input type="file" id="c">`;
    expect(pathsOf(scanRoot(document))).toEqual([
      'fiche.voiesAcces.vae.compositionJury',
      'fiche.voiesAcces.ca.compositionJury',
      'rncp.critere4.pieces',
    ]);
  });

  it('never decides auto what is not in the catalogue', () => {
    document.body.innerHTML = `<h1>Demande RNCP</h1>
      <label for="a">Commentaire interne</label><textarea id="a"></textarea>
      <input type="search" aria-label="Rechercher une certification">
      <label for="b">Rechercher</label><input id="b">
      <label><input type="checkbox"> Se souvenir de moi</label>
      <label for="c">Mot de passe</label><input type="password" id="c">
      <label for="d">*</label><input id="d">
      <input placeholder="Saisissez votre texte…">`;
    const fields = scanRoot(document);
    expect(fields).toHaveLength(7);
    expect(fields.filter((f) => f.decision === 'auto')).toEqual([]);
    for (const f of fields) expect(f.path).toBeNull();
  });
});
