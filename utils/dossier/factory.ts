import type { Repertoire } from '../catalogue';
import type { Dossier } from './model';

export function newId(): string {
  return crypto.randomUUID();
}

export function createDossier(repertoire: Repertoire, name?: string, now = new Date()): Dossier {
  const iso = now.toISOString();
  return {
    id: newId(),
    name: name?.trim() || `Nouvelle demande ${repertoire}`,
    repertoire,
    requestKind: 'premiere',
    previousCode: null,
    filedOn: null,
    createdAt: iso,
    updatedAt: iso,
    values: {},
    groups: repertoire === 'RNCP' ? { 'fiche.blocs': [{}] } : {},
    attachments: [],
  };
}

export function duplicateDossier(source: Dossier, now = new Date()): Dossier {
  const iso = now.toISOString();
  return {
    ...structuredClone({ ...source, attachments: [] }),
    attachments: source.attachments.map((a) => ({ ...a, id: newId() })),
    id: newId(),
    name: `${source.name} (copie)`,
    createdAt: iso,
    updatedAt: iso,
  };
}
