/**
 * A large DSFR-style form (fiche fields, then as many blocs de compétences as needed), with
 * generated ids, for the 2 000-field correctness test and for the benchmark. `expected` lists the
 * path of every control in document order (`none` for decoys).
 */

const FICHE: readonly [string, string, 'input' | 'textarea'][] = [
  ['Intitulé de la certification', 'fiche.intitule', 'input'],
  ['Objectifs et contexte de la certification', 'fiche.objectifsContexte', 'textarea'],
  ['Activités visées', 'fiche.activitesVisees', 'textarea'],
  ['Compétences attestées', 'fiche.competencesAttestees', 'textarea'],
  ['Secteurs d’activités', 'fiche.secteursActivite', 'textarea'],
  ['Type d’emplois accessibles', 'fiche.typesEmplois', 'textarea'],
  ['Lien internet vers le descriptif de la certification', 'fiche.lienUrlDescription', 'input'],
];

const BLOC: readonly [string, string, 'input' | 'textarea'][] = [
  ['N° du bloc', 'code', 'input'],
  ['Intitulé du bloc', 'libelle', 'input'],
  ['Liste de compétences', 'listeCompetences', 'textarea'],
  ['Modalités d’évaluation', 'modalitesEvaluation', 'textarea'],
  ['Prérequis à l’entrée en formation', 'prerequisEntree', 'textarea'],
  ['Prérequis à la validation', 'prerequisValidation', 'textarea'],
];

export function largeFormHtml(total = 2000): { html: string; expected: string[] } {
  let n = 100;
  const expected: string[] = [];
  const parts: string[] = ['<h1>Demande d’enregistrement au RNCP</h1><h2>Fiche</h2><form>'];
  const field = (label: string, tag: string, path: string, hint = '') => {
    const id = `mat-input-${n++}`;
    expected.push(path);
    const hintSpan = hint ? `<span class="fr-hint-text">${hint}</span>` : '';
    return `<div class="fr-input-group"><label class="fr-label" for="${id}">${label} *${hintSpan}</label><${tag} class="fr-input" id="${id}" name="${id}" required></${tag}></div>`;
  };
  for (const [label, path, tag] of FICHE) parts.push(field(label, tag, path, '3 000 caractères maximum'));
  const blocs = Math.floor((total - FICHE.length) / BLOC.length);
  parts.push('<h3>Blocs de compétences</h3>');
  for (let b = 0; b < blocs; b++) {
    parts.push(`<section class="cp-group"><h4>Bloc ${b + 1}</h4>`);
    for (const [label, key, tag] of BLOC) parts.push(field(label, tag, `fiche.blocs[${b}].${key}`));
    parts.push('</section>');
  }
  parts.push('<h3>Suivi</h3>');
  while (expected.length < total) parts.push(field('Commentaire interne', 'input', 'none'));
  parts.push('</form>');
  return { html: parts.join(''), expected };
}
