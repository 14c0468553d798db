import type { RuleId } from '../../../functions/policy/rules';
import type { TextCheckInput } from '../../../functions/text/types';
import type { LabelledRow } from '../labelled-data';

/** One message as eval and bench hand it to a classifier: the engine's own input. */
export type TextSample = TextCheckInput;

export interface Classification {
  /** Our engine: decision is not `allow`; a wordlist peer: it says the text is profane. */
  readonly flagged: boolean;
  /** Rule ids the classifier attributes the flag to; empty for classifiers that cannot tell. */
  readonly rules: readonly RuleId[];
}

export interface TextClassifier {
  classify(sample: TextSample): Classification;
}

/** Which labelled rows a classifier may be scored on (a learned one never on what it trained on). */
export interface RowFilter {
  /** Shown next to the classifier's name, e.g. "test split". */
  readonly label: string;
  keep(setName: string, row: LabelledRow): boolean;
}

/** One column of the eval and one row of the bench: register an entry to add a classifier to both. */
export interface ClassifierEntry {
  readonly name: string;
  /** Lazy, so a bench child process loads only the classifier it measures. */
  create(): Promise<TextClassifier>;
  /** Whether `rules` is meaningful, i.e. it gets a column in the per-rule table. */
  readonly reportsRules: boolean;
  /** Default: every row. */
  readonly rowFilter?: RowFilter;
}
