import type { z } from 'zod';

const TYPE_FR: Record<string, string> = {
  string: 'texte attendu',
  number: 'nombre attendu',
  boolean: 'oui/non attendu',
  array: 'liste attendue',
  object: 'objet attendu',
  date: 'date attendue',
  null: 'valeur vide attendue',
  undefined: 'aucune valeur attendue',
};

/** `['groups', 'fiche.blocs', 2, 'libelle']` → `groups.fiche.blocs[2].libelle`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(racine)';
}

function messageOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'valeur manquante' : (TYPE_FR[issue.expected] ?? 'type inattendu');
    case 'too_big':
      if (issue.origin === 'string') return `texte trop long (${String(issue.maximum)} caractères au plus)`;
      if (issue.origin === 'array') return `liste trop longue (${String(issue.maximum)} éléments au plus)`;
      return `trop grand (${String(issue.maximum)} au plus)`;
    case 'too_small':
      return issue.origin === 'string'
        ? `texte trop court (${String(issue.minimum)} caractère(s) au moins)`
        : `trop petit (${String(issue.minimum)} au moins)`;
    case 'invalid_value':
      return `valeur attendue parmi : ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'regex' ? 'format invalide' : `format ${issue.format} invalide`;
    case 'unrecognized_keys':
      return `clé(s) inconnue(s) : ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'valeur d’un type inattendu';
    default:
      return issue.message;
  }
}

/** French, one line per problem, each prefixed by its path: « groups.fiche.blocs[2].libelle : texte attendu ». */
export function frenchIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): string[] {
  return error.issues.map((i) => `${formatPath([...prefix, ...i.path])} : ${messageOf(i)}`);
}
