/**
 * The recognizer: text → intent + entities, pure and local (shared/INTENTS.md is the contract).
 */
export { recognize, type RecognizeOptions } from './recognize.js';
export {
  BENEFIT_TYPES,
  ENTITY_NAMES,
  FIELD_NAMES,
  INTENT_ENTITIES,
  INTENT_IDS,
  PROFILE_PARTS,
  ROLE_NAMES,
  TOPICS,
  type BenefitType,
  type Entities,
  type EntityName,
  type FieldName,
  type IntentId,
  type Period,
  type Recognition,
  type RoleName,
  type Topic,
} from './catalogue.js';
