/** Every readiness check, one list (like refined-github's features): add a check here and it runs. */
import { announcedPiecesCheck } from './checks/announced-pieces';
import { argumentaireCheck } from './checks/argumentaire';
import { blocEvaluationCheck } from './checks/bloc-evaluation';
import { blocObtentionCheck } from './checks/bloc-obtention';
import { blocTitlesCheck } from './checks/bloc-titles';
import { comparisonCheck } from './checks/comparison';
import { competenceWordingCheck } from './checks/competence-wording';
import { controlProcedureCheck } from './checks/control-procedure';
import { correspondencesCheck } from './checks/correspondences';
import { cpneCheck } from './checks/cpne';
import { disabilityAdjustmentsCheck } from './checks/disability-adjustments';
import { jobsHeldCheck } from './checks/jobs-held';
import { legalConstraintsCheck } from './checks/legal-constraints';
import { meansCheck } from './checks/means';
import { observableEvaluationCheck } from './checks/observable-evaluation';
import { opportunityCheck } from './checks/opportunity';
import { outsideJuryCheck } from './checks/outside-jury';
import { partnerNetworkCheck } from './checks/partner-network';
import { promotionsPeriodCheck } from './checks/promotions-period';
import { completenessCheck } from './checks/recevabilite/completeness';
import {
  criminalRecordCheck,
  delegationCheck,
  legalExistenceCheck,
} from './checks/recevabilite/dated-pieces';
import { renewalCodeCheck } from './checks/recevabilite/renewal-code';
import { siretCheck } from './checks/recevabilite/siret';
import { referentielPieceCheck } from './checks/referentiel-piece';
import { trainingFitCheck } from './checks/training-fit';
import { trainingObjectivesCheck } from './checks/training-objectives';
import { transitionsCheck } from './checks/transitions';
import { usageValueCheck } from './checks/usage-value';
import { vaeAccessCheck } from './checks/vae-access';
import { vaeDescriptionCheck } from './checks/vae-description';
import type { ReadinessCheck } from './types';

/** The checks that read specific fields; completeness covers every other field. */
const SPECIFIC: readonly ReadinessCheck[] = [
  criminalRecordCheck,
  legalExistenceCheck,
  delegationCheck,
  siretCheck,
  renewalCodeCheck,
  argumentaireCheck,
  announcedPiecesCheck,
  opportunityCheck,
  usageValueCheck,
  jobsHeldCheck,
  promotionsPeriodCheck,
  comparisonCheck,
  trainingObjectivesCheck,
  meansCheck,
  trainingFitCheck,
  referentielPieceCheck,
  competenceWordingCheck,
  transitionsCheck,
  observableEvaluationCheck,
  disabilityAdjustmentsCheck,
  controlProcedureCheck,
  partnerNetworkCheck,
  outsideJuryCheck,
  legalConstraintsCheck,
  vaeAccessCheck,
  vaeDescriptionCheck,
  blocEvaluationCheck,
  blocTitlesCheck,
  blocObtentionCheck,
  correspondencesCheck,
  cpneCheck,
];

export const READINESS_CHECKS: readonly ReadinessCheck[] = [completenessCheck(SPECIFIC), ...SPECIFIC];

/** The checks that speak for one criterion of a repertoire, in the registry's order. */
export function checksFor(repertoire: 'RNCP' | 'RS', criterion: string): ReadinessCheck[] {
  return READINESS_CHECKS.filter((c) => c.criteria[repertoire]?.includes(criterion));
}
