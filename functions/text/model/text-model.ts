import type { FeatureConfig } from './features';
import type { ModelGroup } from './groups';
import type { WeightTable } from './weight-table';

/** Where a group's score turns into a verdict, both picked on the `validation` split by `npm run train`. */
export interface GroupThresholds {
  /** Best F1 on validation: worth a moderator's look. */
  readonly review: number;
  /** Lowest threshold with validation precision >= 0.95: sure enough to act alone. */
  readonly block: number;
}

export interface GroupParameters extends GroupThresholds {
  readonly bias: number;
  /** A stored weight of q means q * scale. */
  readonly scale: number;
}

/** A trained scorer as stored in the model file. */
export interface TextModel {
  readonly features: FeatureConfig;
  readonly groups: readonly ModelGroup[];
  readonly parameters: readonly GroupParameters[];
  /** Hex sha256 of the labelled files it was trained on, so a model names its data. */
  readonly trainingDataSha256: string;
  /** The int8 weights of the buckets training kept; a stored weight of q means q * scale. */
  readonly table: WeightTable;
}
