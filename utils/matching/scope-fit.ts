import type { Scope } from './cues';

/**
 * How a control's scope (criterion, voie d'accès, repeated group read from its context) agrees
 * with the scope a catalogue id implies: a bonus when they agree, a penalty when they disagree or
 * when one side expects a scope the other lacks.
 */
export interface ScopeFit {
  factor: number;
  bonus: number;
}

export function scopeFit(control: Scope, field: Scope): ScopeFit {
  let factor = 1;
  let bonus = 0;
  // Criterion: « Pièces justificatives » under « Critère 4° » is only criterion 4's.
  if (field.critere && control.critere) {
    if (field.critere === control.critere) bonus += 0.1;
    else factor *= 0.3;
  } else if (field.critere) factor *= 0.6;
  else if (control.critere) factor *= 0.75;
  // Voie d'accès: « Composition du jury » in the « Par expérience » row is the VAE jury.
  if (field.voie && control.voie) {
    if (field.voie === control.voie) bonus += 0.1;
    else factor *= 0.3;
  } else if (field.voie) factor *= 0.8;
  else if (control.voie) factor *= 0.85;
  // Repeated group: a specific cue (« Bloc 2 », a legend) weighs more than a section title.
  // A list's container (« Liste des organismes partenaires ») sits between the two.
  const level = control.groupStrong ? 2 : control.groupListed ? 1 : 0;
  if (field.group && control.group) {
    if (field.group === control.group) bonus += [0.05, 0.06, 0.08][level] ?? 0;
    else factor *= [0.85, 0.7, 0.5][level] ?? 1;
  } else if (field.group) factor *= 0.9;
  else if (control.group) factor *= [0.88, 0.75, 0.6][level] ?? 1;
  return { factor, bonus };
}
