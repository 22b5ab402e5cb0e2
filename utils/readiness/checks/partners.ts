/** The certifier's partner network (organismes habilités) as the dossier declares it. */
import type { ReadinessContext } from '../types';

export const EXISTENCE = 'fiche.existencePartenaires';

export interface Partner {
  item: Record<string, unknown>;
  index: number;
}

export function partners(ctx: ReadinessContext): Partner[] {
  return ctx.items('partenaires');
}

/** Whether the certifier works with partners: said so, or partners are listed. */
export function hasPartners(ctx: ReadinessContext): boolean {
  return ctx.text(EXISTENCE) === 'Oui' || partners(ctx).length > 0;
}

/** Partners habilitated to train (former / former et organiser). */
export function trainingPartners(ctx: ReadinessContext): Partner[] {
  return partners(ctx).filter(({ item }) => /FORM/.test(String(item.habilitation ?? '')));
}

/** Partners habilitated to organise the evaluations. */
export function evaluatingPartners(ctx: ReadinessContext): Partner[] {
  return partners(ctx).filter(({ item }) => /ORGA/.test(String(item.habilitation ?? '')));
}

export function partnerName(p: Partner): string {
  const name = String(p.item.nom ?? '').trim();
  return name || `partenaire ${p.index + 1}`;
}
