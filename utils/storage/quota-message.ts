import { formatMegabytes } from './file-store';
import type { StorageUsage } from './usage';

/** The French explanation of a full storage, with what uses the space (largest dossiers first). */
export function quotaMessage(u: StorageUsage): string[] {
  const lines = [
    'Espace de stockage plein : ce dernier enregistrement n’a pas pu être écrit. Votre saisie reste affichée ; libérez de la place sur le disque (ou retirez des pièces jointes volumineuses), puis réessayez.',
  ];
  if (u.usage !== null)
    lines.push(
      `Certifill occupe ${formatMegabytes(u.usage)}${u.quota ? ` sur ${formatMegabytes(u.quota)} permis par le navigateur` : ''}.`,
    );
  for (const d of u.dossiers.slice(0, 5)) {
    if (d.attachments + d.history === 0) continue;
    const past =
      d.history > 0 ? `, et ${formatMegabytes(d.history)} de pièces retirées gardées dans l’historique` : '';
    lines.push(`« ${d.name} » : ${formatMegabytes(d.attachments)} de pièces jointes${past}.`);
  }
  return lines;
}
