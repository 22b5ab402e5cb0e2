import { type DossierTab, dossierHash } from './route';

const TABS: { id: DossierTab; label: string }[] = [
  { id: 'saisie', label: 'Saisie' },
  { id: 'verification', label: 'Vérification' },
  { id: 'complements', label: 'Demande de compléments' },
  { id: 'historique', label: 'Historique' },
];

/** Views of a dossier, as links (each one has its own address). */
export function DossierTabs({ dossierId, current }: { dossierId: string; current: DossierTab }) {
  return (
    <nav className="cf-tabs" aria-label="Vues du dossier">
      {TABS.map((t) => (
        <a
          key={t.id}
          href={dossierHash(dossierId, t.id)}
          className="cf-tabs__link"
          aria-current={current === t.id ? 'page' : undefined}
        >
          {t.label}
        </a>
      ))}
    </nav>
  );
}
