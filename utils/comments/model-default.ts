import data from './linker-model.json';
import {
  compileModel,
  type LinkerModel,
  type LinkerModelData,
  MODEL_TEMPERATURE,
  MODEL_WEIGHT,
  type ModelBlend,
} from './model';

let compiled: LinkerModel | undefined;

/** The committed model (utils/comments/linker-model.json), compiled on first use, with its blend weight. */
export function defaultBlend(): ModelBlend {
  compiled ??= compileModel(data as LinkerModelData);
  return { model: compiled, weight: MODEL_WEIGHT, temperature: MODEL_TEMPERATURE };
}

/** The rules alone. */
export const RULES_ONLY: ModelBlend = { model: null, weight: 0, temperature: MODEL_TEMPERATURE };
